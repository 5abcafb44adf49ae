/**
 * What `c4c-connect inspect` says of a key pair file in --lang: its own labels and the warnings
 * (the other labels are keypair show's, ./cli.ts). Spread into the CLI catalog.
 */
export const CLI_INSPECT_EN = {
  'inspect.keyPair': 'Key pair',
  'inspect.noRestriction': 'no restriction',
  'inspect.chainLeafFirst': '{count} certificate(s), leaf first:',
  'inspect.none': 'none',
  'inspect.warning.CERT_EXPIRED':
    'The certificate has expired: C4C will refuse it. Create or download a new key pair.',
  'inspect.warning.CERT_NOT_YET_VALID':
    'The certificate is not valid yet: check the computer clock, or wait until it starts.',
  'inspect.warning.CERT_EXPIRES_SOON': 'The certificate expires in less than 30 days: plan its renewal.',
  'inspect.warning.NO_CLIENT_AUTH_EKU':
    'The certificate is not meant for client authentication (extended key usage).',
  'inspect.warning.CHAIN_INCOMPLETE':
    "The certificate's issuer is not in the file: the server must already trust it.",
  'inspect.warning.WEAK_FILE_ENCRYPTION':
    'The file uses old, weak encryption (RC2/3DES): export it again with AES-256 before passing it on.',
  'inspect.warning.SECRET_MISSING':
    'Its stored key is missing from the vault folder: it needs the secret again (c4c-connect keypair renew NAME FILE).',
} as const satisfies Record<string, string>;

export const CLI_INSPECT_DE: Record<keyof typeof CLI_INSPECT_EN, string> = {
  'inspect.keyPair': 'Schlüsselpaar',
  'inspect.noRestriction': 'keine Einschränkung',
  'inspect.chainLeafFirst': '{count} Zertifikat(e), das eigene zuerst:',
  'inspect.none': 'keine',
  'inspect.warning.CERT_EXPIRED':
    'Das Zertifikat ist abgelaufen: C4C wird es ablehnen. Legen Sie ein neues Schlüsselpaar an oder laden Sie eines herunter.',
  'inspect.warning.CERT_NOT_YET_VALID':
    'Das Zertifikat ist noch nicht gültig: Prüfen Sie die Uhr des Rechners oder warten Sie, bis es gilt.',
  'inspect.warning.CERT_EXPIRES_SOON':
    'Das Zertifikat läuft in weniger als 30 Tagen ab: Planen Sie die Erneuerung.',
  'inspect.warning.NO_CLIENT_AUTH_EKU':
    'Das Zertifikat ist nicht für die Client-Authentifizierung bestimmt (erweiterte Schlüsselverwendung).',
  'inspect.warning.CHAIN_INCOMPLETE':
    'Der Aussteller des Zertifikats ist nicht in der Datei: Der Server muss ihm schon vertrauen.',
  'inspect.warning.WEAK_FILE_ENCRYPTION':
    'Die Datei nutzt eine alte, schwache Verschlüsselung (RC2/3DES): Exportieren Sie sie mit AES-256 neu, bevor Sie sie weitergeben.',
  'inspect.warning.SECRET_MISSING':
    'Sein gespeicherter Schlüssel fehlt im Tresorordner: Es braucht das Geheimnis noch einmal (c4c-connect keypair renew NAME DATEI).',
};
