/**
 * News inside the window that the key pairs changed (imported, renewed, renamed, deleted on Key
 * pairs): the expiry banner, shown on every screen, follows at once instead of at the next change of
 * screen (hands-on finding: a renamed key pair kept its old name in the banner).
 */
const changes = new EventTarget();

export function keyPairsChanged(): void {
  changes.dispatchEvent(new Event('changed'));
}

export function onKeyPairsChanged(listener: () => void): () => void {
  changes.addEventListener('changed', listener);
  return () => changes.removeEventListener('changed', listener);
}
