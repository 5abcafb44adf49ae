// A module (for top-level await) that imports nothing up front.
export {};

declare const __APP_VERSION__: string;

const argv = process.argv.slice(2);
const CONNECTING = new Set(['test', 'check', 'metadata', 'query']);
const versionOnly =
  argv.length > 0 &&
  argv.every((a) => a === '--version' || a === '-v' || a === '--json') &&
  argv.some((a) => a !== '--json');

// `--version` answers before the commands and their libraries load: scripts call it most, and a
// full load costs several hundred milliseconds.
if (versionOnly) {
  process.stdout.write(
    argv.includes('--json')
      ? `${JSON.stringify({ ok: true, version: __APP_VERSION__ }, null, 2)}\n`
      : `${__APP_VERSION__}\n`,
  );
} else {
  // Commands that open a connection to the tenant: Node's trusted roots are parsed on another core
  // while the rest loads (prepare-roots.ts). A word that only looks like one costs an idle thread.
  if (argv.some((a) => CONNECTING.has(a))) {
    const { prepareTrustedRoots } = await import('../core/connection/prepare-roots');
    prepareTrustedRoots();
  }
  const { runCli } = await import('./main');
  runCli(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // One line, no stack frames (issue 9); the message alone says what went wrong.
      const message = error instanceof Error ? error.message : String(error);
      process.exitCode = 1;
      // Made safe for the terminal like every other line (loaded only on this path).
      void import('../core/connection/redact').then(({ forTerminal }) =>
        process.stderr.write(`INTERNAL: ${forTerminal(message.split('\n')[0] ?? '')}\n`),
      );
    },
  );
}
