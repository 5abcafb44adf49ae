import { randomBytes } from 'node:crypto';
import { KeychainError, type Keychain } from './keychain';

export interface KeychainProbe {
  reachable: boolean;
  problem: 'unavailable' | 'locked' | null;
  reason: string | null;
  backend: string;
}

/**
 * Is the keychain usable right now? A read alone proves nothing: on Linux a locked or absent
 * keyring answers `get` with null silently; only a write fails. So write, read back and delete a
 * throwaway entry.
 */
export async function probeKeychain(keychain: Keychain): Promise<KeychainProbe> {
  const account = `probe-${randomBytes(6).toString('hex')}`;
  const value = randomBytes(12).toString('hex');
  try {
    await keychain.set(account, value);
    const back = await keychain.get(account);
    await keychain.delete(account);
    if (back !== value) {
      return {
        reachable: false,
        problem: 'unavailable',
        reason:
          'The OS keychain accepted a secret but did not give it back. It may be locked or misconfigured.',
        backend: keychain.backend,
      };
    }
    return { reachable: true, problem: null, reason: null, backend: keychain.backend };
  } catch (error) {
    const problem = error instanceof KeychainError ? error.problem : 'unavailable';
    const reason = error instanceof Error ? error.message : String(error);
    return { reachable: false, problem, reason, backend: keychain.backend };
  }
}
