import { describe, expect, it } from 'vitest';
import {
  ERROR_PREFIX_CHARS,
  isInconsistentAuthorization,
  parseODataError,
} from '../../../../shared/odata/odata-error';

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
});
