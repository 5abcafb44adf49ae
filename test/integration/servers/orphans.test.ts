import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../servers';
import { bundleForTest } from '../../support/bundle';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pids: number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pids.every((pid) => !alive(pid))) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('test servers and a test process that dies without cleaning up', () => {
  it('take nginx (master and workers) and CAP down with it when it is killed', async () => {
    const dir = join(repoRoot(), 'node_modules', '.cache', 'c4c-test-servers');
    await mkdir(dir, { recursive: true });
    const bundle = bundleForTest('test/servers/index.ts');
    const script = join(dir, `orphan-${process.pid}.mjs`);
    await writeFile(
      script,
      `import { execFileSync } from 'node:child_process';
       const { startNginxWithCap } = await import(${JSON.stringify(bundle)});
       const s = await startNginxWithCap();
       const workers = execFileSync('ps', ['-o', 'pid=', '--ppid', String(s.pid)], { encoding: 'utf8' }).split('\\n').map(Number).filter(Boolean);
       const capPort = Number(new URL(s.cap.url).port);
       const cap = execFileSync('sh', ['-c', 'ps -o pid=,args= --ppid ' + process.pid], { encoding: 'utf8' }).split('\\n').filter((l) => l.includes('server.cjs')).map((l) => Number(l.trim().split(' ')[0]));
       process.stdout.write(JSON.stringify({ nginx: s.pid, workers, cap, capPort }) + '\\n');
       setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('\n')) resolve(text.split('\n')[0]!);
        });
        child.on('exit', () => reject(new Error(`the test process ended early: ${text}`)));
      });
      const { nginx, workers, cap } = JSON.parse(line) as { nginx: number; workers: number[]; cap: number[] };
      const pids = [nginx, ...workers, ...cap];
      expect(workers.length).toBeGreaterThan(0);
      expect(cap).toHaveLength(1);
      expect(pids.every(alive)).toBe(true);

      child.kill('SIGKILL');
      expect(await gone(pids, 5000)).toBe(true);
    } finally {
      child.kill('SIGKILL');
      await rm(script, { force: true });
      await rm(bundle, { force: true });
    }
  });
});
