/** classifyHttp on C4C-shaped answers: C4C's own error for every 4xx/5xx, the quirk at any status. */
import { describe, expect, it } from 'vitest';
import { classifyHttp } from '../../../../electron/core/connection/classify';
import { describe as diagnose } from '../../../../electron/core/connection/diagnosis-texts';
import { SAP_MESSAGE_1185 } from '../../../support/sap-message-1185';

const QUIRK = 'Inconsistent Authorization: Re-activate Communication Arrangement.';
const xml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="utf-8"?><error xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><code>${code}</code><message xml:lang="en">${message}</message></error>`;
const json = (code: string, message: string) =>
  JSON.stringify({ error: { code, message: { lang: 'en', value: message } } });
const url = 'https://my1.crm.ondemand.com/sap/c4c/odata/v1/accounthierarchylist/';
const answer = (status: number, body: string, type = 'application/xml') => ({
  status,
  headers: { 'content-type': type },
  body,
  url,
});

describe('classifyHttp on C4C answers', () => {
  for (const [name, body] of [
    ['XML', xml('FORBIDDEN', QUIRK)],
    ['JSON', json('FORBIDDEN', QUIRK)],
  ] as const) {
    it(`recognises Inconsistent Authorization with 403 and with 500 (${name})`, () => {
      for (const status of [403, 500]) {
        const f = classifyHttp(answer(status, body));
        expect(f?.code, String(status)).toBe('INCONSISTENT_AUTHORIZATION');
        expect(f?.c4c).toMatchObject({ code: 'FORBIDDEN', message: QUIRK });
        expect(f?.lines[0]).toEqual({
          key: 'finding.c4cError',
          params: { status, code: 'FORBIDDEN', message: QUIRK },
        });
      }
      expect(classifyHttp(answer(500, body))?.lines[1]?.key).toBe('finding.inconsistent500');
    });
  }

  it("shows C4C's own code and message for every 4xx/5xx, and keeps the diagnosis by status", () => {
    for (const [status, code] of [
      [400, 'NOT_ODATA'],
      [401, 'UNAUTHORIZED'],
      [403, 'FORBIDDEN'],
      [404, 'NOT_FOUND'],
      [500, 'SERVER_ERROR'],
      [503, 'SERVER_ERROR'],
    ] as const) {
      const f = classifyHttp(answer(status, json('SY/530', `Error ${String(status)}`)));
      expect(f?.code, String(status)).toBe(code);
      expect(f?.c4c).toEqual({ code: 'SY/530', message: `Error ${String(status)}`, lang: 'en' });
      expect(f?.lines[0]?.key).toBe('finding.c4cError');
    }
    // No OData error body: no C4C line.
    expect(classifyHttp(answer(500, 'boom', 'text/plain'))?.lines.map((l) => l.key)).toEqual([
      'finding.serverStatus',
    ]);
  });

  it('says the diagnosis in English and German from the same finding', () => {
    const f = classifyHttp(answer(500, xml('FORBIDDEN', QUIRK)));
    if (!f) throw new Error('no finding');
    const en = diagnose(f.code, f.lines, f.c4c ?? null, 'en');
    const de = diagnose(f.code, f.lines, f.c4c ?? null, 'de');
    expect(en.advice[0]).toBe(`C4C answered HTTP 500: FORBIDDEN ${QUIRK}`);
    expect(de.advice[0]).toBe(`C4C hat mit HTTP 500 geantwortet: FORBIDDEN ${QUIRK}`);
    expect(de.title).toMatch(/^C4C hat die Anfrage abgelehnt: „Inconsistent Authorization“/);
    expect(de.advice.join(' ')).toContain('CSRF-Token abrufen');
    expect(en.lines).toEqual(f.lines);
    expect(en.c4c?.code).toBe('FORBIDDEN');
  });
});

describe("C4C's answer to a CSRF fetch in the sap-message header (SAP/cloud-sdk-js#1185)", () => {
  // The header C4C sent with HTTP 500, quoted in https://github.com/SAP/cloud-sdk-js/issues/1185.
  const sapMessage = SAP_MESSAGE_1185;
  const said = {
    code: 'CM_DS_APPL_ERROR:048',
    message: "Unauthorized: The service 'c4codataapi' is not assigned to you.",
    lang: null,
  };
  const headerAnswer = (csrfFetched: boolean) => ({
    status: 500,
    headers: { 'content-type': 'application/json', 'sap-message': sapMessage },
    body: '{}',
    url,
    csrfFetched,
  });

  it('is the CSRF trap after an x-csrf-token fetch, showing the detail that says so', () => {
    const f = classifyHttp(headerAnswer(true));
    expect(f?.code).toBe('INCONSISTENT_AUTHORIZATION');
    expect(f?.c4c).toEqual(said);
    expect(f?.lines).toEqual([
      { key: 'finding.c4cError', params: { status: 500, code: said.code, message: said.message } },
      { key: 'finding.inconsistent500', params: { status: 500 } },
    ]);
  });

  it('without a CSRF fetch stays a server error, still showing what C4C said', () => {
    const f = classifyHttp(headerAnswer(false));
    expect(f?.code).toBe('SERVER_ERROR');
    expect(f?.c4c).toEqual(said);
  });
});

describe('a redirect in the diagnosis', () => {
  it('names where it went without the user, password or secret query values of that address', () => {
    const f = classifyHttp({
      status: 302,
      headers: {
        'content-type': 'text/html',
        location: 'https://user:pa55word@idp.example.test/saml2/idp/sso?SAMLRequest=s3cr3t&x=1',
      },
      body: '',
      url,
    });
    const said = JSON.stringify(f?.lines);
    expect(said).toContain('idp.example.test');
    expect(said).not.toContain('pa55word');
    expect(said).not.toContain('s3cr3t');
  });
});
