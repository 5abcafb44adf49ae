/** RFC 4514: these characters are escaped with a backslash inside an attribute value. */
const escape = (value: string): string => value.trim().replace(/[\\,+"<>;=#]/g, (c) => `\\${c}`);

/**
 * The proposed subject: CN the technical user, OU the communication system (either may be missing).
 * The user may change it; the customer's CA or C4C may expect a particular form.
 */
export function defaultSubject(technicalUser?: string, communicationSystem?: string): string {
  const parts = [
    technicalUser?.trim() ? `CN=${escape(technicalUser)}` : null,
    communicationSystem?.trim() ? `OU=${escape(communicationSystem)}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : 'CN=';
}
