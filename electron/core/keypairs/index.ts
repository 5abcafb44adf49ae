export { KeyPairService, type ImportRequest, type KeyPairFile, type TlsMaterial } from './keypair-service';
export { EXPORT_EXTENSION } from './export';
export { type CreateRequest } from './keypair-service';
export { generateKeyPairWithCertificate, MAX_DAYS, type GenerateRequest } from './generate';
export { KEY_KINDS, type KeyKind } from './x509';
export { MAX_CERTIFICATE_FILE_BYTES } from './attach';
