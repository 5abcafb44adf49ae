/**
 * Key pair files (.p12/.pfx, PKCS#12): open one, see what it holds, write one with a new password.
 * Errors are CodedError with WRONG_PASSWORD | INVALID_FILE | NO_PRIVATE_KEY | NO_CERTIFICATE |
 * KEY_CERT_MISMATCH | UNSUPPORTED_ENCRYPTION | FILE_TOO_LARGE.
 */
import { problems } from './problems';

export { openPkcs12, type OpenedKeyPair } from './open';
export { openPkcs12OffThread } from './off-thread';
export { buildPkcs12 } from './build';
export { MAX_PKCS12_BYTES } from './problems';
/** FILE_TOO_LARGE for a file of `size` bytes, for callers that check the size before reading. */
export const fileTooLarge = (size: number) => problems.tooLarge(size);
