export { KeyPairService, type ImportRequest, type KeyPairFile, type TlsMaterial } from './keypair-service';
export { EXPORT_EXTENSION } from './export';
