/**
 * Issue 9: no regular expression in core (or the CLI) may take more than linear time. Every regex
 * literal is checked with recheck (a ReDoS checker that finds exponential and polynomial
 * backtracking, https://makenowjust-labs.github.io/recheck/); `new RegExp` is not allowed at all,
 * because a pattern built at run time cannot be checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexLiterals(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  const files = ['electron/core', 'electron/cli'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f)),
  );
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const where = `${file}:${String(sf.getLineAndCharacterOfPosition(node.getStart()).line + 1)}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const end = literal.lastIndexOf('/');
        found.push({ where, source: literal.slice(1, end), flags: literal.slice(end + 1) });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp')
        dynamic.push(where);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

describe('regular expressions in core and the CLI', () => {
  const { found, dynamic } = regexLiterals();

  it('finds the literals (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(30);
  });

  it('builds none at run time', () => {
    expect(dynamic).toEqual([]);
  });

  it('has none that backtracks super-linearly', { timeout: 120_000 }, () => {
    const unsafe = found.flatMap((r) => {
      const result = checkSync(r.source, r.flags, { timeout: 10_000 });
      return result.status === 'safe' ? [] : [`${r.where} /${r.source}/${r.flags}: ${result.status}`];
    });
    expect(unsafe).toEqual([]);
  });

  it('catches the patterns it is there for', { timeout: 60_000 }, () => {
    expect(checkSync('<edmx:Edmx[^>]*\\bVersion="([^"]+)"', '').status).toBe('vulnerable');
    expect(checkSync('(a+)+$', '').status).toBe('vulnerable');
  });
});
