import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { prepareTrustedRoots } from '../../../../electron/core/connection/prepare-roots';

describe('prepareTrustedRoots (the CLI parses Node roots on another core)', () => {
  it('runs its worker to the end without an error, or starts none on one core', async () => {
    const worker = prepareTrustedRoots();
    if (availableParallelism() < 2) {
      expect(worker).toBeNull();
      return;
    }
    expect(worker).not.toBeNull();
    const errors: unknown[] = [];
    const messages: unknown[] = [];
    worker?.on('error', (e) => errors.push(e));
    worker?.on('message', (m) => messages.push(m));
    const [code] = (await once(worker!, 'exit')) as [number];
    expect(errors).toEqual([]);
    // It got past building the default context (an empty or broken script sends nothing).
    expect(messages).toEqual(['roots']);
    expect(code).toBe(0);
    // The store it built is the default one every context without `ca` uses.
    expect(() => tls.createSecureContext()).not.toThrow();
  });
});
