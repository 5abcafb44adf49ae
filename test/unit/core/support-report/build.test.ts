/** The report builder takes named fields and named headers only, and its Markdown cannot be steered by a server. */
import { describe, expect, it } from 'vitest';
import { buildSupportReport, reportMarkdown } from '../../../../electron/core/support-report/index';
import type { TestResult } from '../../../../shared/domain/diagnosis';

const result = (): TestResult => ({
  ok: false,
  diagnosis: {
    code: 'FORBIDDEN',
    title: 'x',
    advice: [],
    lines: [{ key: 'finding.c4cError', params: { status: 403, code: 'E1', message: 'see https://u:pw@h/' } }],
    c4c: { code: 'E1', message: 'No | authorization <b>', lang: 'en' },
  },
  stages: [
    {
      name: 'http',
      ok: false,
      ms: 3,
      detail: {
        status: 403,
        headers: {
          date: 'Mon, 30 Nov 2026 06:00:00 GMT',
          'sap-message': '{"code":"X"}',
          authorization: 'Basic c2VjcmV0',
          'set-cookie': 'MYSAPSSO2=abc',
          'x-csrf-token': 'a-real-token-value',
          location: 'https://idp.example/sso?SAMLRequest=abc&x=1',
        },
        cookie: 'SAP_SESSIONID=zzz',
      },
    },
  ],
  http: { status: 403 },
  tls: null,
  url: 'https://user:pw@my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/',
});

const build = (r = result()) =>
  buildSupportReport({
    result: r,
    app: { name: 'C4C Connect', version: '1', electron: null, node: '24', tls: 'OpenSSL' },
    connection: { name: 'T', authentication: 'basic' },
    now: new Date('2026-11-30T06:00:00Z'),
    os: { platform: 'win32', release: '10', arch: 'x64' },
  });

describe('support report builder', () => {
  it('keeps the named headers only, never a token value, cookie or credential', () => {
    const report = build();
    const text = JSON.stringify(report) + reportMarkdown(report, 'en');
    expect(report.services[0]?.http?.headers).toEqual({
      date: 'Mon, 30 Nov 2026 06:00:00 GMT',
      'sap-message': '{"code":"X"}',
      location: 'https://idp.example/sso?SAMLRequest=%28hidden%29&x=1',
    });
    for (const secret of ['c2VjcmV0', 'MYSAPSSO2=abc', 'a-real-token-value', 'zzz', 'u:pw', 'user:pw'])
      expect(text).not.toContain(secret);
    expect(report.services[0]?.url).toBe('https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/');
    expect(report.createdAt).toBe('2026-11-30T06:00:00.000Z');
  });

  it('redacts a relative Location resolved against the address tested', () => {
    const r = result();
    const detail = r.stages[0]?.detail as { headers: Record<string, string> };
    detail.headers.location = '/saml2/sp/acs?SAMLResponse=abc&RelayState=x#access_token=t';
    const report = build(r);
    expect(report.services[0]?.http?.headers.location).toBe(
      'https://my123456.crm.ondemand.com/saml2/sp/acs?SAMLResponse=%28hidden%29&RelayState=%28hidden%29',
    );
    expect(JSON.stringify(report) + reportMarkdown(report, 'en')).not.toMatch(/abc|access_token/);
  });

  it('names the client certificate the test recorded, from the result', () => {
    expect(build().clientCertificate).toBeNull();
    const facts = {
      subject: 'CN=a',
      issuer: 'CN=ca',
      sha256: 'ab01',
      notBefore: null,
      notAfter: '2027-01-01',
    };
    expect(build({ ...result(), clientCertificate: facts }).clientCertificate).toEqual({
      ...facts,
      sha256: 'AB:01',
    });
  });

  it('names the authentication the test used, not the one the connection has now', () => {
    // The connection (build() says basic) was switched after a client-certificate test.
    const tested = { ...result(), authentication: 'client-certificate' as const };
    expect(build(tested).connection.authentication).toBe('client-certificate');
    expect(reportMarkdown(build(tested), 'en')).toContain('- Authentication: client certificate');
    // Results kept before the method was recorded: the connection's own method stands.
    expect(build().connection.authentication).toBe('basic');
  });

  it("escapes a server's text so it cannot add links, HTML or table cells", () => {
    const md = reportMarkdown(build(), 'de');
    expect(md).toContain('No \\| authorization \\<b\\>');
    expect(md).toContain('# C4C Connect: Bericht zum Verbindungstest');
  });

  it("keeps a server's text on one line and in reading order, escaping _ and ~", () => {
    const r = result();
    r.diagnosis.c4c = {
      code: 'E_1',
      message: 'a\u0000b\u0007c\u2028d\u2029e\u202Ef\u2066g ~~strike~~ __bold__\u0085h',
      lang: 'en',
    };
    const md = reportMarkdown(build(r), 'en');
    const line = md.split('\n').find((l) => l.includes('E\\_1'));
    expect(line).toBe("- C4C's error: E\\_1 — a b c d e f g \\~\\~strike\\~\\~ \\_\\_bold\\_\\_ h");
    expect(md.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u);
  });

  it("says the TLS facts and stage results in the reader's language, and the client certificate heading does not claim it was sent", () => {
    const facts = {
      subject: 'CN=a',
      issuer: 'CN=ca',
      sha256: 'ab01',
      notBefore: null,
      notAfter: '2027-01-01',
    };
    const r: TestResult = {
      ...result(),
      clientCertificate: facts,
      stages: [{ name: 'dns', ok: true, ms: 1, detail: {} }, ...result().stages],
      tls: { protocol: 'TLSv1.3', cipher: 'X', serverCertificate: null, clientCertificateSent: 'unknown' },
    };
    const de = reportMarkdown(build(r), 'de');
    expect(de).toContain('## Clientzertifikat der Verbindung beim Test');
    expect(de).not.toContain('Gesendetes Clientzertifikat');
    expect(de).toContain('- Clientzertifikat gesendet: unbekannt');
    expect(de).toMatch(/\| dns \| in Ordnung \|/);
    expect(de).not.toMatch(/\b(unknown|OK)\b \|/);
    const en = reportMarkdown(build(r), 'en');
    expect(en).toContain('## Client certificate of the connection, as tested');
    expect(en).toContain('- Client certificate sent: unknown');
    for (const [sent, word] of [
      ['yes', 'ja'],
      ['no', 'nein'],
    ] as const) {
      const x = reportMarkdown(build({ ...r, tls: { ...r.tls!, clientCertificateSent: sent } }), 'de');
      expect(x).toContain(`- Clientzertifikat gesendet: ${word}`);
    }
  });
});
