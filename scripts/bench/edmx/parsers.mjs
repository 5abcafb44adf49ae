// The parsers edmx.mjs compares, each timed where it runs: a worker thread of the bench's child.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

async function parserFor(kind, bundle) {
  switch (kind) {
    case 'ours': {
      const { parseEdmx } = await import(pathToFileURL(bundle).href);
      return (buf) => parseEdmx(buf);
    }
    case 'sap-ux': {
      const { parse } = await import('@sap-ux/edmx-parser');
      return (buf) => parse(buf.toString('utf8'));
    }
    case 'fast-xml-parser': {
      const { XMLParser } = await import('fast-xml-parser');
      return (buf) =>
        new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(buf.toString('utf8'));
    }
    case 'saxes': {
      const { SaxesParser } = await import('saxes');
      return (buf) => {
        const p = new SaxesParser({ xmlns: false });
        let n = 0;
        p.on('opentag', () => n++);
        p.write(buf.toString('utf8')).close();
        return n;
      };
    }
    case 'read-only':
      return () => 0;
    default:
      throw new Error(kind);
  }
}

export async function timeRuns(kind, file, runs, bundle) {
  const parse = await parserFor(kind, bundle);
  const buf = readFileSync(file);
  const times = [];
  for (let i = 0; i < Number(runs); i++) {
    const t = performance.now();
    parse(buf);
    times.push(performance.now() - t);
  }
  return times;
}
