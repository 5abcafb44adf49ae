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

/** For a POSIX shell (macOS, Linux): single quotes, "$VAR" references; labelled so in the app. */
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

/**
 * Windows PowerShell 5.1 (what every Windows has) and PowerShell 7. `-UseBasicParsing`: without it
 * 5.1 fails where Internet Explorer's first-launch setup never ran; since PowerShell 6 it is
 * accepted and has no effect
 * (https://github.com/MicrosoftDocs/PowerShell-Docs/pull/2303: "included for backwards
 * compatibility only").
 */
export function asPowerShell(r: ReproduceRequest): string {
  const lines: string[] = [];
  const headers = [`Accept = ${ps(r.accept ?? DEFAULT_ACCEPT)}`];
  const certificate: string[] = [];
  if (r.auth.kind === 'client-certificate') {
    // Get-PfxCertificate asks for the file's password; nothing secret is written here.
    lines.push(`$cert = Get-PfxCertificate -FilePath ${ps(`.\\${PLACEHOLDERS.p12}`)}`);
    certificate.push('-Certificate $cert');
  }
  if (r.auth.kind === 'basic') {
    // The Authorization header is built at run time from what Get-Credential asks, so the copied
    // text holds no secret; sent with the first request, because -Credential answers only a 401
    // challenge, and a tenant may redirect to a logon page instead.
    const user = ps(r.auth.user);
    lines.push(
      `$cred = Get-Credential -UserName ${user} -Message 'Password of the technical user'`,
      `$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(('{0}:{1}' -f ${user}, $cred.GetNetworkCredential().Password)))`,
    );
    headers.push('Authorization = "Basic $basic"');
  }
  if (r.extraCa)
    lines.push(
      `# The tenant's CA (${PLACEHOLDERS.caFile}) must be trusted by Windows, or add -SkipCertificateCheck (PowerShell 7 only) just for a test.`,
    );
  const args = [
    `-Uri ${ps(r.url)}`,
    `-Headers @{ ${headers.join('; ')} }`,
    ...certificate,
    '-UseBasicParsing',
  ];
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
