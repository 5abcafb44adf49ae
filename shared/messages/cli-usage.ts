/**
 * The command line's rarer bad-argument sentences (exit 2), in both languages; spread into the
 * CLI catalog (./cli.ts). Option names, examples and values stay as typed. {what} is always an
 * option or a file kind's code (--url, --p12, .edmx), never a word to translate.
 */
export const CLI_USAGE_EN = {
  'usage.controlChars': '{what} holds a line break or control character. Give it like {example}',
  'usage.badAddress': '{what} is not a valid address. Give it like {example}',
  'usage.serviceCredentials':
    '{what} must not hold a user or password: give --user and --password-env, or --p12.',
  'usage.proxyCredentials':
    '{what} must not hold a user or password. A proxy that needs a password is set in a saved connection, where the password is kept in the vault.',
  'usage.fragment': '{what} must not hold a fragment ("#..."). Give it like {example}',
  'usage.notHttps': '{what} must be an https:// address, e.g. {example}',
  'usage.proxyScheme': '{what} must start with http:// or https:// (other proxy kinds are not supported).',
  'usage.port': '{what} must be a port number (1-65535), or leave it out to take a free one.',
  'usage.fileUnreadable': 'The {what} file cannot be read: check the path and the permissions.',
  'usage.notRegularFile': 'The {what} path is not a regular file.',
  'usage.fileTooLarge': 'The {what} file is larger than {kb} KB, too large for one.',
  'usage.keyPairName': 'Give the name of the key pair.',
  'usage.handoverUrl': '--url is not a valid address. Use https://<tenant host>/sap/c4c/odata/v1/<service>/.',
  'usage.handoverHttps': '--url must start with https://.',
  'usage.handoverAuth': 'Give exactly one of --keypair NAME (client certificate) and --user USER (basic).',
  'usage.handoverQuery': "--query is not a query URL. Use 'EntitySet?$select=a,b&$filter=…'.",
  'usage.handoverNoSet': "--query names no entity set. Use 'EntitySet?…'.",
  'usage.renameNames': 'Give the current name and the new name (quote names with spaces).',
  'usage.wholeNumber': '--{name} takes a whole number.',
  'usage.noPositionals': '{command} takes no positional arguments.',
  'usage.serviceNeedsConnection': '--service goes with --connection.',
  'usage.noSuchService':
    'The connection "{connection}" has no service named "{service}". Its services: {services}.',
  'usage.oneEdmx': 'Give exactly one .edmx file.',
  'usage.keyKind': '--key takes {kinds}.',
  'usage.days': '--days takes 1 to {max}.',
  'usage.createNoFile': 'keypair create takes no file; give --name.',
  'usage.certOnlyPassword': '--cert-only exports no key, so it takes no password.',
  'usage.certOnlyFormat': '--cert-only takes pem or der.',
  'usage.fileExists': '{path} already exists. Choose another file or add --force.',
  'usage.emptyPassword': 'The new password must not be empty.',
  'usage.oneKeyPairFile': 'Give exactly one key pair file.',
  'usage.unreadablePath': 'The file {file} cannot be read. Check the path.',
  'usage.renewNotFile': '{file} is not a file. Give the .p12 or .pfx file.',
  'usage.renewArgs': 'Give the key pair name and the new .p12 file (quote names with spaces).',
  'usage.oneP12': 'Name exactly one .p12 or .pfx file.',
  'usage.attachArgs': 'Give the name of the key pair and the certificate file.',
} as const satisfies Record<string, string>;

export const CLI_USAGE_DE: Record<keyof typeof CLI_USAGE_EN, string> = {
  'usage.controlChars': '{what} enthält einen Zeilenumbruch oder ein Steuerzeichen. Geben Sie es so an: {example}',
  'usage.badAddress': '{what} ist keine gültige Adresse. Geben Sie sie so an: {example}',
  'usage.serviceCredentials':
    '{what} darf weder Benutzer noch Kennwort enthalten: Geben Sie --user und --password-env an, oder --p12.',
  'usage.proxyCredentials':
    '{what} darf weder Benutzer noch Kennwort enthalten. Ein Proxy mit Kennwort wird in einer gesicherten Verbindung eingetragen, deren Kennwort im Tresor liegt.',
  'usage.fragment': '{what} darf kein Fragment („#...“) enthalten. Geben Sie es so an: {example}',
  'usage.notHttps': '{what} muss eine Adresse mit https:// sein, z. B. {example}',
  'usage.proxyScheme':
    '{what} muss mit http:// oder https:// beginnen (andere Proxy-Arten werden nicht unterstützt).',
  'usage.port': '{what} muss eine Portnummer sein (1–65535), oder lassen Sie es weg, um einen freien zu nehmen.',
  'usage.fileUnreadable':
    'Die Datei ({what}) kann nicht gelesen werden: Prüfen Sie den Pfad und die Berechtigungen.',
  'usage.notRegularFile': 'Der Pfad ({what}) ist keine gewöhnliche Datei.',
  'usage.fileTooLarge': 'Die Datei ({what}) ist größer als {kb} KB, zu groß für eine solche.',
  'usage.keyPairName': 'Geben Sie den Namen des Schlüsselpaars an.',
  'usage.handoverUrl':
    '--url ist keine gültige Adresse. Verwenden Sie https://<Tenant-Host>/sap/c4c/odata/v1/<Service>/.',
  'usage.handoverHttps': '--url muss mit https:// beginnen.',
  'usage.handoverAuth':
    'Geben Sie genau eines an: --keypair NAME (Clientzertifikat) oder --user BENUTZER (Basis-Authentifizierung).',
  'usage.handoverQuery': "--query ist keine Abfrage-URL. Verwenden Sie 'EntitySet?$select=a,b&$filter=…'.",
  'usage.handoverNoSet': "--query nennt keine Entitätsmenge. Verwenden Sie 'EntitySet?…'.",
  'usage.renameNames':
    'Geben Sie den bisherigen und den neuen Namen an (Namen mit Leerzeichen in Anführungszeichen).',
  'usage.wholeNumber': '--{name} nimmt eine ganze Zahl.',
  'usage.noPositionals': '{command} nimmt keine Argumente ohne Option.',
  'usage.serviceNeedsConnection': '--service gehört zu --connection.',
  'usage.noSuchService':
    'Die Verbindung „{connection}“ hat keinen Service namens „{service}“. Ihre Services: {services}.',
  'usage.oneEdmx': 'Geben Sie genau eine .edmx-Datei an.',
  'usage.keyKind': '--key nimmt {kinds}.',
  'usage.days': '--days nimmt 1 bis {max}.',
  'usage.createNoFile': 'keypair create nimmt keine Datei; geben Sie --name an.',
  'usage.certOnlyPassword': '--cert-only exportiert keinen Schlüssel und nimmt daher kein Kennwort.',
  'usage.certOnlyFormat': '--cert-only nimmt pem oder der.',
  'usage.fileExists': '{path} ist schon vorhanden. Wählen Sie eine andere Datei oder geben Sie --force an.',
  'usage.emptyPassword': 'Das neue Kennwort darf nicht leer sein.',
  'usage.oneKeyPairFile': 'Geben Sie genau eine Schlüsselpaar-Datei an.',
  'usage.unreadablePath': 'Die Datei {file} kann nicht gelesen werden. Prüfen Sie den Pfad.',
  'usage.renewNotFile': '{file} ist keine Datei. Geben Sie die .p12- oder .pfx-Datei an.',
  'usage.renewArgs':
    'Geben Sie den Namen des Schlüsselpaars und die neue .p12-Datei an (Namen mit Leerzeichen in Anführungszeichen).',
  'usage.oneP12': 'Nennen Sie genau eine .p12- oder .pfx-Datei.',
  'usage.attachArgs': 'Geben Sie den Namen des Schlüsselpaars und die Zertifikatsdatei an.',
};
