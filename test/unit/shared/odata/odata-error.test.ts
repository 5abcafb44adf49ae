import { describe, expect, it } from 'vitest';
import {
  ERROR_PREFIX_CHARS,
  isInconsistentAuthorization,
  parseODataError,
  parseSapMessage,
  readC4cRefusal,
} from '../../../../shared/odata/odata-error';
import { SAP_MESSAGE_1185 } from '../../../support/sap-message-1185';

// C4C's OData V2 error bodies: XML by default, JSON with $format=json.
const XML = `<?xml version="1.0" encoding="utf-8"?><error xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><code>FORBIDDEN</code><message xml:lang="en">Inconsistent Authorization: Re-activate Communication Arrangement.</message></error>`;
const JSON_BODY = JSON.stringify({
  error: {
    code: 'INTERNAL_SERVER_ERROR',
    message: { lang: 'en', value: 'Inconsistent Authorization: Re-activate Communication Arrangement.' },
  },
});

describe("C4C's OData error body", () => {
  it('reads error/code and error/message from XML, with the message language', () => {
    expect(parseODataError(XML)).toEqual({
      code: 'FORBIDDEN',
      message: 'Inconsistent Authorization: Re-activate Communication Arrangement.',
      lang: 'en',
    });
    expect(
      parseODataError(
        '<m:error xmlns:m="x"><m:code>E1</m:code><m:message xml:lang="de">A &amp; B &#252;</m:message></m:error>',
      ),
    ).toEqual({
      code: 'E1',
      message: 'A & B ü',
      lang: 'de',
    });
  });

  it('reads error/code and error/message.value from JSON', () => {
    expect(parseODataError(JSON_BODY)).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Inconsistent Authorization: Re-activate Communication Arrangement.',
      lang: 'en',
    });
    expect(parseODataError('{"error":{"code":"X","message":"plain"}}')).toEqual({
      code: 'X',
      message: 'plain',
      lang: null,
    });
  });

  it('is null for bodies that are not OData errors', () => {
    for (const body of [
      '',
      'nothing',
      '<html><body>Logon failed</body></html>',
      '{"d":{}}',
      '{broken',
      '<error/>',
    ])
      expect(parseODataError(body)).toBeNull();
  });

  it('recognises Inconsistent Authorization by its text in XML, JSON or plain text', () => {
    expect(isInconsistentAuthorization(XML)).toBe(true);
    expect(isInconsistentAuthorization(JSON_BODY)).toBe(true);
    expect(isInconsistentAuthorization('Inconsistent Authorization')).toBe(true);
    expect(isInconsistentAuthorization('<error><code>1</code><message>Other</message></error>')).toBe(false);
  });

  it('reads only a bounded prefix, in linear time, whatever the body', () => {
    // Text after the prefix is never read: a message beyond it is not found.
    const late = `${' '.repeat(ERROR_PREFIX_CHARS)}${XML}`;
    expect(parseODataError(late)).toBeNull();
    expect(isInconsistentAuthorization(late)).toBe(false);
    // Many almost-elements (no ">" near them) and a long run of entities: answered, not hung
    // (the scans look at most 200 characters around each candidate; speed is not asserted here).
    expect(parseODataError(`<error>${'<code '.repeat(200_000)}`)).toBeNull();
    expect(parseODataError(`<error><code>${'&amp;'.repeat(100_000)}`)?.code).toBe('&'.repeat(200));
  });

  // The detail of C4C's answer to a CSRF fetch (test/support/sap-message-1185.ts).
  const NOT_ASSIGNED = {
    code: 'CM_DS_APPL_ERROR:048',
    message: "Unauthorized: The service 'c4codataapi' is not assigned to you.",
    lang: null,
  };

  it('reads the sap-message header: its own code and message, then its details', () => {
    expect(parseSapMessage(SAP_MESSAGE_1185)).toEqual([
      { code: 'ODATA_ERROR', message: 'Error occurred during processing', lang: null },
      NOT_ASSIGNED,
    ]);
    for (const value of [undefined, '', 'plain words', '{broken', '[1]', 42, '{"details":"x"}'])
      expect(parseSapMessage(value)).toEqual([]);
  });

  it('finds the CSRF trap in the body or the sap-message header; "not assigned to you" only after a CSRF fetch', () => {
    const fetched = readC4cRefusal({ body: '', sapMessage: SAP_MESSAGE_1185, csrfFetched: true });
    // The detail that names the trap is what C4C said, not the header's generic message.
    expect(fetched).toEqual({ said: NOT_ASSIGNED, csrfTrap: true });
    expect(readC4cRefusal({ body: '', sapMessage: SAP_MESSAGE_1185, csrfFetched: false })).toEqual({
      said: NOT_ASSIGNED,
      csrfTrap: false,
    });
    // By its code alone, and by its text in a body.
    const byCode = JSON.stringify({ code: 'CM_DS_APPL_ERROR:048', message: 'Unauthorized' });
    expect(readC4cRefusal({ body: '', sapMessage: byCode, csrfFetched: true }).csrfTrap).toBe(true);
    const body = JSON.stringify({
      error: { code: 'X', message: { value: "The service 's' is not assigned to you." } },
    });
    expect(readC4cRefusal({ body, csrfFetched: true }).csrfTrap).toBe(true);
    expect(readC4cRefusal({ body, csrfFetched: false }).csrfTrap).toBe(false);
    // Inconsistent Authorization, in the body or in the header, whether or not a token was fetched.
    expect(readC4cRefusal({ body: XML }).csrfTrap).toBe(true);
    const inconsistent = JSON.stringify({
      code: 'X',
      message: 'Inconsistent Authorization: Re-activate Communication Arrangement.',
    });
    expect(readC4cRefusal({ body: '', sapMessage: inconsistent })).toEqual({
      said: {
        code: 'X',
        message: 'Inconsistent Authorization: Re-activate Communication Arrangement.',
        lang: null,
      },
      csrfTrap: true,
    });
    // Otherwise the body's error leads, then the header's own message.
    const other = '{"error":{"code":"SY/530","message":"Other"}}';
    expect(
      readC4cRefusal({
        body: other,
        sapMessage: SAP_MESSAGE_1185.replace('is not assigned to you', 'x').replace(
          'CM_DS_APPL_ERROR:048',
          'Y',
        ),
      }),
    ).toEqual({
      said: { code: 'SY/530', message: 'Other', lang: null },
      csrfTrap: false,
    });
    expect(readC4cRefusal({ body: '', sapMessage: '{"code":"Z","message":"m"}' }).said).toEqual({
      code: 'Z',
      message: 'm',
      lang: null,
    });
  });
});
