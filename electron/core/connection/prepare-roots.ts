/**
 * Node's default trusted roots parsed on another thread while the command line is still loading
 * (its modules, the key pair), so the first connection test of a process does not wait for them.
 *
 * Node builds the store of default roots (its bundled Mozilla list, plus NODE_EXTRA_CA_CERTS and the
 * OS store when it is told to use them) once per process, on first use, and every thread shares it:
 * GetOrCreateRootCertStore in nodejs/node src/crypto/crypto_context.cc is a function-local static,
 * "Guaranteed thread-safe by standard"; a second thread asking while it is built waits for it.
 * Creating a default secure context on a worker is the documented way to ask for it
 * (https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions: without `ca`, "the CA certificates
 * trusted by default are the same as the ones returned by tls.getCACertificates()").
 *
 * It changes no trust: the same store would be built by the first test on the main thread. (Node's
 * tls.setDefaultCACertificates would change the defaults of one thread only; nothing here calls it.) Measured
 * (scripts/bench/connection.mjs): the first test in a fresh CLI process loses the 3-6 ms the store took
 * on this machine (more with a large NODE_EXTRA_CA_CERTS file, as corporate machines set for their TLS
 * inspection proxy). Only with a second core: on one core the worker's start would compete with the
 * command itself.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// Says when it is done, so a test can tell the store was built (not merely that the thread ended).
const BUILD_DEFAULT_ROOTS =
  "require('node:tls').createSecureContext(); require('node:worker_threads').parentPort.postMessage('roots');";

/** Starts the worker (or not); returned for tests. The process never waits for it. */
export function prepareTrustedRoots(): Worker | null {
  if (availableParallelism() < 2) return null;
  try {
    const worker = new Worker(BUILD_DEFAULT_ROOTS, { eval: true, stdout: true, stderr: true });
    worker.unref();
    // A worker that fails only leaves the work to the first test, as before.
    worker.once('error', () => undefined);
    return worker;
  } catch {
    return null;
  }
}
