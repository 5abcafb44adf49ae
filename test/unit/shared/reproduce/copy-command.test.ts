/** The PowerShell text "Copy as PowerShell" hands over: runs on Windows PowerShell 5.1, holds no secret. */
import { describe, expect, it } from 'vitest';
import { asPowerShell } from '../../../../shared/reproduce/copy-command';

const url = 'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/';

describe('Copy as PowerShell', () => {
  it('uses basic parsing, so Windows PowerShell 5.1 runs it without Internet Explorer set up', () => {
    for (const auth of [{ kind: 'client-certificate' }, { kind: 'none' }] as const) {
      const text = asPowerShell({ url, auth, extraCa: false });
      expect(text.split('\n').at(-1)).toMatch(
        /^Invoke-WebRequest -Method Get -Uri '.*' .* -UseBasicParsing$/,
      );
    }
  });

  it('sends the technical user on the first request, built at run time from Get-Credential', () => {
    const text = asPowerShell({ url, auth: { kind: 'basic', user: "O'Brien" }, extraCa: false });
    expect(text).toContain("$cred = Get-Credential -UserName 'O''Brien'");
    expect(text).toContain("'{0}:{1}' -f 'O''Brien', $cred.GetNetworkCredential().Password");
    expect(text).toContain('[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(');
    expect(text).toContain('Authorization = "Basic $basic"');
    // -Credential would wait for a 401 challenge that a logon page redirect never sends.
    expect(text).not.toMatch(/ -Credential\b/);
  });

  it('names -SkipCertificateCheck as PowerShell 7 only', () => {
    const text = asPowerShell({ url, auth: { kind: 'none' }, extraCa: true });
    expect(text).toMatch(/-SkipCertificateCheck \(PowerShell 7 only\)/);
  });
});
