/**
 * Runs one connection test in a process of its own and prints, as JSON, its result and how far its
 * resident memory (RSS) rose above where it stood before the test. A fresh process is the only
 * place RSS says what the client holds: in the shared test process it also moves with what earlier
 * test files left behind (issue 9: "RSS growth < 30 MB for a 150 MB answer").
 */
import { runConnectionTest } from '../../../../electron/core/connection/index';

const url = process.env.URL ?? '';
const caPem = process.env.CA ?? '';

const run = (at: string) =>
  runConnectionTest({
    url: at,
    credentials: { kind: 'none' },
    trust: { extraCaPem: [caPem], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
    timeoutMs: 20_000,
  });

async function main(): Promise<void> {
  // The code paths loaded and a TLS connection made once with a small answer, so the growth
  // measured is the large answer's, not the first connection's.
  await run(new URL('small', url).href);
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  const result = await run(url);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const http = result.stages.find((s) => s.name === 'http');
  process.stdout.write(
    JSON.stringify({ code: result.diagnosis.code, detail: http?.detail, growthMb: (peak - before) / 1048576 }),
  );
}

void main();
