/** The n-th state the crash test writes: recognisable from its bytes alone. */
export function statePayload(n: number, size: number): Buffer {
  const bytes = Buffer.alloc(size, n % 251);
  bytes.writeUInt32BE(n, 0);
  return bytes;
}

/** Which state these bytes are, or null when they are not exactly one of them. */
export function whichState(bytes: Buffer, size: number): number | null {
  if (bytes.length !== size) return null;
  const n = bytes.readUInt32BE(0);
  return bytes.equals(statePayload(n, size)) ? n : null;
}
