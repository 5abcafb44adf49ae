import { runTask } from '../worker/runner';
import type { GeneratedKeyPair, GenerateRequest } from './generate';

/** Key generation in the core's worker thread: RSA 4096 takes seconds of CPU. */
export function generateKeyPairOffThread(request: GenerateRequest): Promise<GeneratedKeyPair> {
  return runTask('keypair.generate', request);
}
