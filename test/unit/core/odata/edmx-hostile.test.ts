import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../../shared/result';
import { EdmxParser, parseEdmx } from '../../../../electron/core/odata/edmx-parser';

const small = readFileSync(
  fileURLToPath(new URL('../../../fixtures/edmx/c4codataapi-small.xml', import.meta.url)),
  'utf8',
);

function codeOf(run: () => unknown): CodedError {
  try {
    run();
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('expected the parser to refuse the document');
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<edmx:Edmx xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx"><edmx:DataServices><Schema Namespace="&lol9;"/></edmx:DataServices></edmx:Edmx>`;

describe('edmx parser refuses hostile and broken input', () => {
  it('refuses a billion laughs document as INVALID_METADATA without expanding it', () => {
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const error = codeOf(() => parseEdmx(billionLaughs));
    expect(error.code).toBe('INVALID_METADATA');
    expect(error.message).toMatch(/document type declaration/);
    // Expanded, lol9 is 3 GB: stopping at the doctype keeps time and memory at nothing.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses an external entity (XXE) without reading the file it names', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]><edmx:Edmx xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx"><edmx:DataServices><Schema Namespace="&x;"/></edmx:DataServices></edmx:Edmx>`;
    const error = codeOf(() => parseEdmx(xxe));
    expect(error.code).toBe('INVALID_METADATA');
    expect(error.message).not.toContain('root:');
  });

  it('refuses a doctype even without entities, and an undeclared entity as malformed', () => {
    expect(codeOf(() => parseEdmx(`<!DOCTYPE edmx:Edmx><edmx:Edmx/>`)).code).toBe('INVALID_METADATA');
    const undeclared = small.replace('Namespace="c4codata"', 'Namespace="&lol9;"');
    expect(codeOf(() => parseEdmx(undeclared)).code).toBe('INVALID_METADATA');
  });

  it('stops at the size cap while streaming, with METADATA_TOO_LARGE', () => {
    const parser = new EdmxParser({ maxBytes: 10_000 });
    // A real beginning, then whitespace inside the root: well-formed until the cap.
    parser.write(small.slice(0, small.indexOf('<EntityType')));
    const chunk = Buffer.from(' '.repeat(4_000));
    parser.write(chunk);
    parser.write(chunk);
    const error = codeOf(() => {
      parser.write(chunk);
    });
    expect(error.code).toBe('METADATA_TOO_LARGE');
    expect(parser.bytesRead).toBeGreaterThan(10_000);
  });

  it('reports malformed XML with its line and column', () => {
    const broken = small.replace('</EntityType>', '</EntityTyp>');
    const error = codeOf(() => parseEdmx(broken));
    expect(error.code).toBe('INVALID_METADATA');
    expect(error.detail).toEqual({ line: 21, column: 15 });
    expect(error.message).toMatch(/line 21, column 15: unexpected close tag/);
  });

  it('reports a truncated document as INVALID_METADATA', () => {
    const error = codeOf(() => parseEdmx(small.slice(0, Math.floor(small.length / 2))));
    expect(error.code).toBe('INVALID_METADATA');
    expect(typeof error.detail?.line).toBe('number');
  });

  it('survives 10,000 nested elements without blowing the stack', () => {
    const deep = `<edmx:Edmx xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx">${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</edmx:Edmx>`;
    expect(parseEdmx(deep).entityTypes).toEqual([]);
    const deepBroken = `<edmx:Edmx xmlns:edmx="x">${'<a>'.repeat(10_000)}</edmx:Edmx>`;
    expect(codeOf(() => parseEdmx(deepBroken)).code).toBe('INVALID_METADATA');
  });

  it('answers NOT_ODATA for an HTML login page, with or without a doctype', () => {
    const login = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Logon</title></head><body><form></form></body></html>`;
    expect(codeOf(() => parseEdmx(login)).code).toBe('NOT_ODATA');
    expect(codeOf(() => parseEdmx('<html><body><input name="j_username"></body></html>')).code).toBe(
      'NOT_ODATA',
    );
  });

  it('answers NOT_ODATA for JSON, plain text, an Atom feed and an empty body', () => {
    expect(codeOf(() => parseEdmx('{"d":{"results":[]}}')).message).toMatch(/JSON/);
    expect(codeOf(() => parseEdmx('Service Unavailable')).code).toBe('NOT_ODATA');
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>X</title></feed>`;
    expect(codeOf(() => parseEdmx(atom)).message).toMatch(/Atom feed/);
    expect(codeOf(() => parseEdmx('')).code).toBe('NOT_ODATA');
    expect(codeOf(() => parseEdmx('\uFEFF  \n')).code).toBe('NOT_ODATA');
  });
});
