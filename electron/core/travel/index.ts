export {
  ConnectionFile,
  FILE_FORMAT,
  FILE_VERSION,
  MAX_FILE_CHARS,
  TravelConnection,
  fromTravel,
  readConnectionFile,
  toTravel,
  uniqueName,
  writeConnectionFile,
} from './connection-file';
