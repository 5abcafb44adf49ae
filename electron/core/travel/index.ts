export {
  ConnectionFile,
  FILE_FORMAT,
  FILE_VERSION,
  MAX_FILE_CHARS,
  TravelConnection,
  fromTravel,
  trustOf,
  type ImportTrust,
  readConnectionFile,
  toTravel,
  uniqueName,
  writeConnectionFile,
} from './connection-file';
