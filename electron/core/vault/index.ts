export { Vault, assertSecretId } from './vault';
export { VAULT_KEY_ACCOUNT } from './vault-key';
export { writeFileAtomic } from './atomic-write';
