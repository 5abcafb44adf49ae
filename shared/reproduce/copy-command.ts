/**
 * "Copy as curl" and "Copy as PowerShell" (issue 13): the same GET the app makes, for someone to run
 * elsewhere. Files the user exports (the key pair's .p12, the extra CA) appear as placeholders, and
 * secrets only as environment variable references: the text itself never holds a secret.
 */

export interface ReproduceRequest {
  url: string;
  auth: { kind: 'client-certificate' } | { kind: 'basic'; user: string } | { kind: 'none' };
  /** The connection trusts an extra CA (exported as a PEM file). */
  extraCa: boolean;
  accept?: string;
}

/** File names and variables the commands use; the user puts the exported files beside them. */
export const PLACEHOLDERS = {
  p12: 'key-pair.p12',
  p12PasswordEnv: 'P12_PASSWORD',
  caFile: 'tenant-ca.pem',
  passwordEnv: 'C4C_PASSWORD',
};

/** POSIX shell single quotes: nothing inside is expanded. */
const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
/** PowerShell single quotes: a quote is doubled. */
const ps = (s: string): string => `'${s.replace(/'/g, "''")}'`;

const DEFAULT_ACCEPT = 'application/atom+xml,application/xml;q=0.9,application/json;q=0.8';

export function asCurl(r: ReproduceRequest): string {
  const parts = ['curl', '--silent', '--show-error', '--write-out', sh('\\nHTTP %{http_code}\\n')];
  if (r.extraCa) parts.push('--cacert', PLACEHOLDERS.caFile);
  if (r.auth.kind === 'client-certificate')
    // The password comes from the environment at run time ("$P12_PASSWORD" stays a reference).
    parts.push('--cert-type', 'P12', '--cert', `"${PLACEHOLDERS.p12}:$${PLACEHOLDERS.p12PasswordEnv}"`);
  if (r.auth.kind === 'basic')
    parts.push('--user', `"${r.auth.user.replace(/["$`\\]/g, '\\$&')}:$${PLACEHOLDERS.passwordEnv}"`);
  parts.push('--header', sh(`Accept: ${r.accept ?? DEFAULT_ACCEPT}`), sh(r.url));
  return parts.join(' ');
}

export function asPowerShell(r: ReproduceRequest): string {
  const lines: string[] = [];
  const args = [`-Uri ${ps(r.url)}`, `-Headers @{ Accept = ${ps(r.accept ?? DEFAULT_ACCEPT)} }`];
  if (r.auth.kind === 'client-certificate') {
    // Get-PfxCertificate asks for the file's password; nothing secret is written here.
    lines.push(`$cert = Get-PfxCertificate -FilePath ${ps(`.\\${PLACEHOLDERS.p12}`)}`);
    args.push('-Certificate $cert');
  }
  if (r.auth.kind === 'basic') {
    lines.push(
      `$cred = Get-Credential -UserName ${ps(r.auth.user)} -Message 'Password of the technical user'`,
    );
    args.push('-Credential $cred');
  }
  if (r.extraCa)
    lines.push(
      `# The tenant's CA (${PLACEHOLDERS.caFile}) must be trusted by Windows, or add -SkipCertificateCheck only for a test.`,
    );
  lines.push(`Invoke-WebRequest -Method Get ${args.join(' ')}`);
  return lines.join('\n');
}

/** The request of a saved connection for `url`: its way of logging on and whether it trusts an extra CA. */
export function reproduceRequestOf(
  connection: {
    auth: { method: 'client-certificate' } | { method: 'basic'; user: string };
    trust: { extraCaPem: readonly string[] };
  },
  url: string,
): ReproduceRequest {
  const auth: ReproduceRequest['auth'] =
    connection.auth.method === 'basic'
      ? { kind: 'basic', user: connection.auth.user }
      : { kind: 'client-certificate' };
  return { url, auth, extraCa: connection.trust.extraCaPem.length > 0 };
}
