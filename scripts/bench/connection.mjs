// Connection test speed: a full test (dns, tcp, tls, http, odata) against local nginx (mTLS) + SAP
// CAP, beside curl with the same key pair for the same request in the same run. Warm (median of 20,
// this process has tested before; goal <= 1.1x curl) and the first test in a fresh CLI process
// (`c4c-connect test --json`, the sum of its stages, median of 10; goal <= 2x curl, which always
// runs fresh). And a test against a server that never answers must end at its timeout (+-5 %).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fmt, importTs, median } from './lib.mjs';

const run = promisify(execFile);
const N = 20;
const FRESH = 10;
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const { runConnectionTest, TEST_ACCEPT } = await importTs('electron/core/connection/index.ts');
const { startNginxWithCap, sharedTestPki } = await importTs('test/servers/index.ts');

const pki = await sharedTestPki();
const nginx = await startNginxWithCap({ pki });
try {
  const leafFile = join(pki.dir, 'bench-client-chain.pem');
  writeFileSync(leafFile, pki.client.certPem + pki.client.chainPem);
  const caFile = join(pki.dir, 'bench-server-root.pem');
  writeFileSync(caFile, pki.server.caPem);
  const target = {
    url: nginx.mtlsUrl,
    credentials: {
      kind: 'client-certificate',
      keyPem: pki.client.keyPem,
      chainPem: pki.client.certPem + pki.client.chainPem,
      notAfter: new Date(Date.now() + 86_400_000).toISOString(),
    },
    trust: { extraCaPem: [pki.server.caPem], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
    timeoutMs: 20_000,
  };
  // One warm-up each (CAP's first request compiles its model).
  await runConnectionTest(target);
  // The same request as the test's: its Accept header makes CAP answer the Atom service document
  // (511 bytes) instead of JSON (71 bytes), 1-2 ms more work on the server; without it curl was
  // timed on a lighter request than ours.
  const curlArgs = [
    '-s',
    '-o',
    '/dev/null',
    '-H',
    `Accept: ${TEST_ACCEPT}`,
    '--cert',
    leafFile,
    '--key',
    pki.client.keyPath,
    '--cacert',
    caFile,
    '-w',
    '%{time_total}',
    nginx.mtlsUrl,
  ];
  await run('curl', curlArgs);
  const ours = [];
  const curl = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    const r = await runConnectionTest(target);
    ours.push(performance.now() - t);
    if (r.diagnosis.code !== 'OK') throw new Error(`bench test was ${r.diagnosis.code}`);
    const { stdout } = await run('curl', curlArgs);
    curl.push(Number(stdout) * 1000);
  }
  const a = median(ours);
  const b = median(curl);
  console.log(
    `connection test, warm (nginx mTLS + CAP), median of ${N}: ${fmt(a)}  | curl: ${fmt(b)}  | ratio ${(a / b).toFixed(2)}x (goal <= 1.1x: ${verdict(a / b <= 1.1)})`,
  );

  // The first test in a fresh process: the CLI with the .p12, as a consultant would run it.
  const fresh = [];
  const freshTotal = [];
  const curlFresh = [];
  // Where the time goes: our stages beside curl's phases (TLS = appconnect - connect, HTTP = total -
  // appconnect), so a miss says which part is slow.
  const stageMs = { dns: [], tcp: [], tls: [], http: [], odata: [] };
  const curlPhases = { tls: [], http: [] };
  const phaseArgs = [...curlArgs.slice(0, -3), '-w', '%{time_connect} %{time_appconnect} %{time_total}', nginx.mtlsUrl];
  for (let i = 0; i < FRESH; i++) {
    const { stdout } = await run(
      process.execPath,
      [
        'bin/c4c-connect.mjs',
        'test',
        '--url',
        nginx.mtlsUrl,
        '--p12',
        pki.client.p12Path,
        '--password-env',
        'BENCH_P12_PW',
        '--ca',
        caFile,
        '--json',
      ],
      { env: { ...process.env, BENCH_P12_PW: pki.client.password, C4C_CONNECT_DATA_DIR: pki.dir } },
    );
    // `test --json` prints an array, one result per service tested (one here: --url).
    const [result] = JSON.parse(stdout);
    if (result.diagnosis.code !== 'OK') throw new Error(`fresh test was ${result.diagnosis.code}`);
    fresh.push(result.stages.reduce((n, st) => n + st.ms, 0));
    freshTotal.push(result.totalMs);
    for (const st of result.stages) stageMs[st.name]?.push(st.ms);
    const { stdout: c } = await run('curl', phaseArgs);
    const [connect, appconnect, total] = c.split(' ').map((x) => Number(x) * 1000);
    curlFresh.push(total);
    curlPhases.tls.push(appconnect - connect);
    curlPhases.http.push(total - appconnect);
  }
  const f = median(fresh);
  const cf = median(curlFresh);
  console.log(
    `connection test, first in a fresh CLI process (stage total; whole test ${fmt(median(freshTotal))}), median of ${FRESH}: ${fmt(f)}  | curl: ${fmt(cf)}  | ratio ${(f / cf).toFixed(2)}x (goal <= 2x: ${verdict(f / cf <= 2)})`,
  );
  console.log(
    `  stages (medians): ${Object.entries(stageMs)
      .map(([name, ms]) => `${name} ${fmt(median(ms))}`)
      .join(', ')}  | curl: tls ${fmt(median(curlPhases.tls))}, http ${fmt(median(curlPhases.http))}`,
  );
} finally {
  await nginx.stop();
}

// A server that accepts TCP and never answers: the test must end at its timeout.
const silent = net.createServer(() => undefined);
await new Promise((r) => silent.listen(0, '127.0.0.1', r));
const port = silent.address().port;
for (const timeoutMs of [1000, 3000]) {
  const t = performance.now();
  const r = await runConnectionTest({
    url: `https://127.0.0.1:${port}/sap/c4c/odata/v1/c4codataapi/`,
    credentials: { kind: 'none' },
    trust: { extraCaPem: [], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
    timeoutMs,
  });
  const ms = performance.now() - t;
  console.log(
    `never-answering server, timeout ${timeoutMs} ms: ended after ${fmt(ms)} (${(((ms - timeoutMs) / timeoutMs) * 100).toFixed(1)} %, goal +-5 %: ${verdict(Math.abs(ms - timeoutMs) <= timeoutMs * 0.05)}) with ${r.diagnosis.code}`,
  );
}
silent.close();
process.exit(0);
