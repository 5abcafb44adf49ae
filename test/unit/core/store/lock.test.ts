import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../../../electron/core/store/file-store';
import { lockSync, tryLock, withLock } from '../../../../electron/core/store/lock';
import { openDataStore } from '../../../../electron/core/store/open-store';
import { watchForOutsideChanges } from '../../../../electron/core/store/watch';

const dir = () => mkdtempSync(join(tmpdir(), 'c4c-lock-'));
const holder = (pid: number) => JSON.stringify({ host: hostname(), pid, token: 'theirs' });
const secondsAgo = (path: string, s: number) => {
  const t = new Date(Date.now() - s * 1000);
  utimesSync(path, t, t);
};

describe('the data folder lock', () => {
  it('is exclusive while its holder lives, and free again after release', () => {
    const path = join(dir(), 'x.lock');
    const held = tryLock(path);
    expect(held).not.toBeNull();
    expect(tryLock(path)).toBeNull();
    expect(() => lockSync(path, { timeoutMs: 50 })).toThrow(expect.objectContaining({ code: 'STORE_BUSY' }));
    held!.release();
    const again = tryLock(path);
    expect(again).not.toBeNull();
    again!.release();
  });

  it('breaks a lock whose holder process is gone, at once', () => {
    const path = join(dir(), 'x.lock');
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path, holder(dead));
    const held = tryLock(path);
    expect(held).not.toBeNull();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid });
    held!.release();
  });

  it('breaks a lock of a live process only when it has not been refreshed for the stale time', () => {
    const path = join(dir(), 'x.lock');
    writeFileSync(path, holder(process.ppid));
    expect(tryLock(path, { staleMs: 10_000 })).toBeNull();
    secondsAgo(path, 11);
    const held = tryLock(path, { staleMs: 10_000 });
    expect(held).not.toBeNull();
    held!.release();
  });

  it('breaks a lock file cut short before its holder was written, once it is a few seconds old', () => {
    const path = join(dir(), 'x.lock');
    writeFileSync(path, '');
    expect(tryLock(path)).toBeNull();
    secondsAgo(path, 3);
    expect(tryLock(path)).not.toBeNull();
  });

  it('release leaves a lock that someone else took meanwhile', () => {
    const path = join(dir(), 'x.lock');
    const held = tryLock(path)!;
    writeFileSync(path, holder(process.ppid));
    held.release();
    expect(readFileSync(path, 'utf8')).toBe(holder(process.ppid));
  });

  it('withLock keeps a long holder fresh and always releases', async () => {
    const path = join(dir(), 'x.lock');
    await withLock(
      path,
      async () => {
        secondsAgo(path, 100);
        await new Promise((r) => setTimeout(r, 40));
        expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(5_000);
      },
      { staleMs: 100 },
    );
    await expect(withLock(path, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(tryLock(path)).not.toBeNull();
  });
});

describe('the store file', () => {
  it('writes a change once at the end of update, and nothing when the change throws', () => {
    const { store } = openDataStore(dir());
    store.update(() => {
      store.set('a', 1);
      store.set('b', { c: [1, 2] });
      expect(store.get('a')).toBe(1);
    });
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ a: 1, b: { c: [1, 2] } });
    expect(() =>
      store.update(() => {
        store.set('a', 2);
        throw new Error('half way');
      }),
    ).toThrow('half way');
    expect(store.get('a')).toBe(1);
    const copy = store.get('b') as { c: number[] };
    copy.c.push(3);
    expect(store.get('b')).toEqual({ c: [1, 2] });
  });

  it('sees what another writer wrote, without reopening', () => {
    const folder = dir();
    const mine = openDataStore(folder).store;
    const theirs = new FileStore(mine.path);
    mine.set('settings', { language: 'de' });
    theirs.set('connections', [{ id: 'x' }]);
    expect(mine.get('connections')).toEqual([{ id: 'x' }]);
    mine.set('window', { width: 900 });
    expect(theirs.get('settings')).toEqual({ language: 'de' });
  });

  it.skipIf(process.platform === 'win32')(
    'makes the data folder 0700 and the store 0600, tightening old ones',
    () => {
      const folder = join(dir(), 'data');
      mkdirSync(folder, { mode: 0o755 });
      chmodSync(folder, 0o755);
      writeFileSync(join(folder, 'c4c-connect.json'), '{}', { mode: 0o644 });
      const { store } = openDataStore(folder);
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(store.path).mode & 0o777).toBe(0o600);
      store.set('a', 1);
      expect(statSync(store.path).mode & 0o777).toBe(0o600);
    },
  );

  it("tells another process's writes apart from its own", async () => {
    const folder = dir();
    const { store } = openDataStore(folder);
    const seen: number[] = [];
    const stop = watchForOutsideChanges(store, () => seen.push(Date.now()), 20);
    try {
      store.set('mine', 1);
      await new Promise((r) => setTimeout(r, 200));
      expect(seen).toHaveLength(0);
      new FileStore(store.path).set('theirs', 1);
      await expect.poll(() => seen.length, { timeout: 3_000 }).toBe(1);
    } finally {
      stop();
    }
  });
});
