/**
 * The CLI's one writer: every line it prints may hold a name typed on the command line, a file
 * name or a text from the tenant, so none reaches the terminal with an escape sequence; --json
 * stays the same data for a script, with the characters a terminal would act on escaped.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createOutput } from '../../../electron/cli/io';

function capture(json: boolean) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const output = createOutput(
    json,
    stdout as unknown as typeof process.stdout,
    stderr as unknown as typeof process.stderr,
  );
  return { output, text: () => ({ out, err }) };
}

// ESC sequences (erase screen, set title), a lone CR, an 8-bit CSI, bidi override, line separator,
// bidi marks (LRM, RLM, Arabic letter mark) and a zero-width no-break space.
const NASTY = [
  '\u001b[2J',
  '\u001b]0;owned\u0007',
  '\r',
  '\u009b31m',
  '\u202e',
  '\u2028',
  '\u2066',
  '\u200e',
  '\u200f',
  '\u061c',
  '\ufeff',
];
const SERVER_TEXT = `CN=tenant${NASTY.join('x')}end`;
/** What a terminal acts on (checked with includes: no control character in a regex). */
const CONTROLS = [
  '\u001b',
  '\u0007',
  '\r',
  '\u009b',
  '\u202e',
  '\u2028',
  '\u2066',
  '\u200e',
  '\u200f',
  '\u061c',
  '\ufeff',
];

describe('the CLI output', () => {
  it('blanks control characters and bidi overrides in lines and errors, keeping line breaks', () => {
    const { output, text } = capture(false);
    output.line(`Server  ${SERVER_TEXT}\nsecond line`);
    output.error(`REQUEST_FAILED: ${SERVER_TEXT}`);
    const { out, err } = text();
    expect(CONTROLS.filter((c) => out.includes(c) || err.includes(c))).toEqual([]);
    expect(out.split('\n')).toEqual([
      expect.stringMatching(/^Server {2}CN=tenant .*end$/),
      'second line',
      '',
    ]);
    expect(err).toMatch(/^REQUEST_FAILED: CN=tenant .*end\n$/);
  });

  it('--json: the same values for a script, no raw C1 control, separator or bidi override', () => {
    const { output, text } = capture(true);
    const value = { ok: false, error: { code: 'X', message: SERVER_TEXT }, rows: [{ Name: SERVER_TEXT }] };
    output.object(value);
    const { out } = text();
    expect(CONTROLS.filter((c) => out.includes(c))).toEqual([]);
    expect(JSON.parse(out)).toEqual(value);
  });
});
