/**
 * What the command line says itself (help, command summaries, its result lines) in --lang. Its
 * diagnoses, errors and notes come from the one catalog (./say.ts); this file only holds the CLI's
 * own words and is kept out of the window's bundle. Option names, codes and values stay as typed.
 */
import { CLI_INSPECT_DE, CLI_INSPECT_EN } from './cli-inspect';
import { CLI_LINES_DE, CLI_LINES_EN } from './cli-lines';
import { CLI_USAGE_DE, CLI_USAGE_EN } from './cli-usage';
import { fill, type Lang, type Params } from './say';

export const CLI_EN = {
  'help.title':
    'c4c-connect — set up and test SAP Cloud for Customer OData connections with a technical user',
  'help.usage': 'Usage: c4c-connect <command> [options] [--json]',
  'help.commands': 'Commands:',
  'help.json': 'Every command takes --json and then prints one JSON object on stdout (test: an array, one result per service).',
  'help.lang':
    'Every command takes --lang de|en for its texts, diagnoses, errors and notes (default: the OS language).',
  'help.exit': 'Exit codes: 0 ok, 1 a check failed, 2 bad input, 3 environment problem (e.g. no keychain).',
  'help.passwords':
    'Passwords are never arguments: --password-env names an environment variable, or you are asked.',
  'help.commandUsage': 'Usage: {usage}',

  'summary.doctor': 'Check this machine: OS, Node, data folder, OS keychain',
  'summary.inspect': 'Open a .p12/.pfx key pair file and show what it holds (nothing is stored)',
  'summary.keypair import': 'Import a .p12/.pfx key pair into the keychain vault',
  'summary.keypair list': 'List the key pairs in the vault',
  'summary.keypair show': 'Show the details of one key pair',
  'summary.keypair delete': 'Delete a key pair: its secret file in the vault and its details',
  'summary.keypair export':
    'Save a key pair as .p12 (as imported, or with a new password) or its certificate alone',
  'summary.keypair rename': 'Rename a key pair (its connections follow)',
  'summary.keypair renew':
    "Replace a key pair with the arrangement's new .p12 (same name; connections follow)",
  'summary.vault sweep': 'Move vault files nothing uses to quarantine; --delete removes them for good',
  'summary.keypair create': 'Make a new key pair here (the key never travels) with a self-signed certificate',
  'summary.keypair csr':
    "Write a certificate request (PKCS#10) for a key pair, for the customer's CA to sign",
  'summary.keypair attach-cert': 'Complete a key pair with the certificate (and chain) its CA signed',
  'summary.practice-tenant': 'Start a local practice tenant (C4C-shaped OData V2 with mTLS) until Ctrl+C',
  'summary.test':
    'Test a connection to a C4C OData service (mTLS or user/password), every service of the arrangement, and say what is wrong',
  'summary.check':
    'Check every service of a connection and the entity sets given: what may the technical user read?',
  'summary.metadata': 'Download $metadata of a C4C OData service, check it and save it as .edmx',
  'summary.query': 'Run one query on an entity set and show the rows, the count and the time',
  'summary.handover':
    "Print the OData receiver adapter's fields for Cloud Integration, as the app's hand-over shows them",
  'summary.edmx summary': 'Count what a saved .edmx ($metadata) file holds, offline',

  'error.badLang': '--lang takes {langs}, not "{value}".',
  'error.unknownCommand': 'Unknown command "{words}". Run c4c-connect --help.',
  'error.howTo': '{message} (c4c-connect {command} --help shows how.)',
  'error.internal': 'Something went wrong inside c4c-connect: {message}',

  // ── bad input the CLI finds in its arguments ─────────────────────────────────────────────
  'usage.onlyOne': 'Give only one of --p12, --keypair and --user.',
  'usage.noKeyPair': 'There is no key pair named "{name}". Run c4c-connect keypair list to see them.',
  'usage.urlRequired': '--url (the service root) or --connection is required.',
  'usage.timeout': '--timeout takes seconds between 1 and 300.',
  'usage.noConnection': 'There is no connection named "{name}".',
  'usage.connectionOrUrl': 'Give --connection or --url, not both.',
  'usage.envNotSet': 'The environment variable {name} is not set. Set it to the password and try again.',
  'usage.noPassword':
    'No password given. Put it in an environment variable and name it with --password-env, or run the command in a terminal to be asked.',
  'usage.required': '--{name} is required.',
  'usage.unknownOption': 'Unknown option {option}.',
  'usage.missingValue': 'The option {option} needs a value.',
  'usage.reportIsFolder': '--report {path} is a folder: give a file name in it, like {example}.',
  'usage.reportFolderMissing': 'The folder of --report {path} does not exist.',
  ...CLI_USAGE_EN,
  ...CLI_LINES_EN,
  ...CLI_INSPECT_EN,

  // ── c4c-connect test ────────────────────────────────────────────────────────────────────
  'test.stageOk': 'ok  ',
  'test.stageFailed': 'FAIL',
  'test.tls': 'TLS     {protocol} {cipher}; client certificate {sent}',
  'test.sent.yes': 'sent',
  'test.sent.no': 'not sent',
  'test.sent.unknown': 'sent if asked (this TLS library cannot tell)',
  'test.server': 'Server  {subject} (issuer {issuer})',
  'test.service': 'Service {name}  {url}',
  'test.someFailed': '{failed} of {total} services failed: {names}',
  'test.allOk': 'All {total} services ok.',

  // ── c4c-connect metadata / query / check ────────────────────────────────────────────────
  'metadata.done': '{bytes} bytes, {sets} entity sets, {types} entity types in {ms} ms',
  'metadata.saved': 'Saved to {file}',
  'query.rows': '{rows} rows in {ms} ms',
  'query.rowsOf': '{rows} of {count} rows in {ms} ms',
  'query.next': 'Next page: {url}',
  'check.serviceDocument': '(service document)',
  'check.allReadable': 'Every service and entity set can be read.',
  'check.someNotReadable': 'Some services or entity sets cannot be read.',

  // ── c4c-connect keypair show / list ─────────────────────────────────────────────────────
  'keypair.name': 'Name',
  'keypair.created': 'Created',
  'keypair.createdHere': '{date} in C4C Connect',
  'keypair.imported': 'Imported',
  'keypair.importedFrom': '{date} from {file}',
  'keypair.subject': 'Subject',
  'keypair.issuer': 'Issuer',
  'keypair.serial': 'Serial',
  'keypair.valid': 'Valid',
  'keypair.sha256': 'SHA-256',
  'keypair.sha1': 'SHA-1',
  'keypair.validRange': '{from} to {to} ({days} days left)',
  'keypair.key': 'Key',
  'keypair.keyRsa': 'RSA {size} bit',
  'keypair.keyEc': 'EC {curve} ({size} bit)',
  'keypair.clientAuth': 'Client auth',
  'keypair.yes': 'yes',
  'keypair.no': 'no',
  'keypair.file': 'File',
  'keypair.chain': 'Chain',
  'keypair.chainCount': '{count} certificate(s)',
  'keypair.until': 'until {date}',
  'keypair.warnings': 'Warnings',
  'keypair.none': 'No key pairs yet. Import one with: c4c-connect keypair import <file> --name NAME',
  'keypair.columns': 'NAME|EXPIRES|STATUS|COMMON NAME',
  'keypair.status.expired': 'EXPIRED',
  'keypair.status.notYetValid': 'NOT YET VALID',
  'keypair.status.soon': 'EXPIRES SOON',
  'keypair.status.valid': 'valid',
} as const satisfies Record<string, string>;

export type CliMessageKey = keyof typeof CLI_EN;

export const CLI_DE: Record<CliMessageKey, string> = {
  'help.title':
    'c4c-connect — OData-Verbindungen zu SAP Cloud for Customer mit einem technischen Benutzer einrichten und testen',
  'help.usage': 'Aufruf: c4c-connect <Befehl> [Optionen] [--json]',
  'help.commands': 'Befehle:',
  'help.json': 'Jeder Befehl nimmt --json und gibt dann genau ein JSON-Objekt auf stdout aus (test: ein Array, ein Ergebnis je Service).',
  'help.lang':
    'Jeder Befehl nimmt --lang de|en für seine Texte, Diagnosen, Fehler und Hinweise (Vorgabe: die Sprache des Betriebssystems).',
  'help.exit':
    'Exit-Codes: 0 in Ordnung, 1 eine Prüfung schlug fehl, 2 ungültige Eingabe, 3 Problem der Umgebung (z. B. kein Schlüsselbund).',
  'help.passwords':
    'Kennwörter sind nie Argumente: --password-env nennt eine Umgebungsvariable, sonst werden Sie gefragt.',
  'help.commandUsage': 'Aufruf: {usage}',

  'summary.doctor': 'Diesen Rechner prüfen: Betriebssystem, Node, Datenordner, Schlüsselbund',
  'summary.inspect':
    'Eine .p12/.pfx-Schlüsselpaardatei öffnen und zeigen, was sie enthält (nichts wird gespeichert)',
  'summary.keypair import': 'Ein .p12/.pfx-Schlüsselpaar in den Tresor im Schlüsselbund importieren',
  'summary.keypair list': 'Die Schlüsselpaare im Tresor auflisten',
  'summary.keypair show': 'Die Einzelheiten eines Schlüsselpaars zeigen',
  'summary.keypair delete': 'Ein Schlüsselpaar löschen: seine geheime Datei im Tresor und seine Angaben',
  'summary.keypair export':
    'Ein Schlüsselpaar als .p12 sichern (wie importiert oder mit neuem Kennwort) oder nur sein Zertifikat',
  'summary.keypair rename': 'Ein Schlüsselpaar umbenennen (seine Verbindungen folgen)',
  'summary.keypair renew':
    'Ein Schlüsselpaar durch die neue .p12 der Kommunikationsvereinbarung ersetzen (gleicher Name; Verbindungen folgen)',
  'summary.vault sweep':
    'Tresordateien, die nichts verwendet, in die Quarantäne verschieben; --delete löscht sie endgültig',
  'summary.keypair create':
    'Hier ein neues Schlüsselpaar erzeugen (der Schlüssel verlässt den Rechner nie), mit selbstsigniertem Zertifikat',
  'summary.keypair csr':
    'Eine Zertifikatsanforderung (PKCS#10) für ein Schlüsselpaar schreiben, zum Signieren durch die CA des Kunden',
  'summary.keypair attach-cert':
    'Ein Schlüsselpaar um das Zertifikat (und die Kette) ergänzen, das seine CA signiert hat',
  'summary.practice-tenant': 'Einen lokalen Übungs-Tenant starten (OData V2 wie C4C, mit mTLS), bis Strg+C',
  'summary.test':
    'Eine Verbindung zu einem C4C-OData-Service testen (mTLS oder Benutzer/Kennwort), jeden Service der Kommunikationsvereinbarung, und sagen, was nicht stimmt',
  'summary.check':
    'Jeden Service einer Verbindung und die angegebenen Entitätsmengen prüfen: Was darf der technische Benutzer lesen?',
  'summary.metadata': '$metadata eines C4C-OData-Service herunterladen, prüfen und als .edmx sichern',
  'summary.query': 'Eine Abfrage auf eine Entitätsmenge ausführen und Zeilen, Anzahl und Dauer zeigen',
  'summary.handover':
    'Die Felder des OData-Empfängeradapters für Cloud Integration ausgeben, wie die Übergabe der App sie zeigt',
  'summary.edmx summary': 'Offline zählen, was eine gesicherte .edmx-Datei ($metadata) enthält',

  'error.badLang': '--lang nimmt {langs}, nicht „{value}“.',
  'error.unknownCommand': 'Unbekannter Befehl „{words}“. Rufen Sie c4c-connect --help auf.',
  'error.howTo': '{message} (c4c-connect {command} --help zeigt, wie.)',
  'error.internal': 'In c4c-connect ist etwas schiefgegangen: {message}',

  'usage.onlyOne': 'Geben Sie nur eines von --p12, --keypair und --user an.',
  'usage.noKeyPair':
    'Es gibt kein Schlüsselpaar namens „{name}“. c4c-connect keypair list zeigt die vorhandenen.',
  'usage.urlRequired': '--url (die Service-Root) oder --connection ist nötig.',
  'usage.timeout': '--timeout nimmt Sekunden zwischen 1 und 300.',
  'usage.noConnection': 'Es gibt keine Verbindung namens „{name}“.',
  'usage.connectionOrUrl': 'Geben Sie --connection oder --url an, nicht beides.',
  'usage.envNotSet':
    'Die Umgebungsvariable {name} ist nicht gesetzt. Setzen Sie sie auf das Kennwort und versuchen Sie es erneut.',
  'usage.noPassword':
    'Kein Kennwort angegeben. Legen Sie es in eine Umgebungsvariable und nennen Sie diese mit --password-env, oder rufen Sie den Befehl in einem Terminal auf, um gefragt zu werden.',
  'usage.required': '--{name} ist nötig.',
  'usage.unknownOption': 'Unbekannte Option {option}.',
  'usage.missingValue': 'Die Option {option} braucht einen Wert.',
  'usage.reportIsFolder':
    '--report {path} ist ein Ordner: Geben Sie einen Dateinamen darin an, etwa {example}.',
  'usage.reportFolderMissing': 'Den Ordner von --report {path} gibt es nicht.',
  ...CLI_USAGE_DE,
  ...CLI_LINES_DE,
  ...CLI_INSPECT_DE,

  'test.stageOk': 'ok  ',
  'test.stageFailed': 'FEHLER',
  'test.tls': 'TLS     {protocol} {cipher}; Clientzertifikat {sent}',
  'test.sent.yes': 'gesendet',
  'test.sent.no': 'nicht gesendet',
  'test.sent.unknown': 'gesendet, falls gefragt (diese TLS-Bibliothek kann es nicht feststellen)',
  'test.server': 'Server  {subject} (Aussteller {issuer})',
  'test.service': 'Service {name}  {url}',
  'test.someFailed': '{failed} von {total} Services fehlgeschlagen: {names}',
  'test.allOk': 'Alle {total} Services in Ordnung.',

  'metadata.done': '{bytes} Byte, {sets} Entitätsmengen, {types} Entitätstypen in {ms} ms',
  'metadata.saved': 'Gesichert unter {file}',
  'query.rows': '{rows} Zeilen in {ms} ms',
  'query.rowsOf': '{rows} von {count} Zeilen in {ms} ms',
  'query.next': 'Nächste Seite: {url}',
  'check.serviceDocument': '(Servicedokument)',
  'check.allReadable': 'Jeder Service und jede Entitätsmenge kann gelesen werden.',
  'check.someNotReadable': 'Einige Services oder Entitätsmengen können nicht gelesen werden.',

  'keypair.name': 'Name',
  'keypair.created': 'Angelegt',
  'keypair.createdHere': '{date} in C4C Connect',
  'keypair.imported': 'Importiert',
  'keypair.importedFrom': '{date} aus {file}',
  'keypair.subject': 'Inhaber',
  'keypair.issuer': 'Aussteller',
  'keypair.serial': 'Seriennummer',
  'keypair.valid': 'Gültig',
  'keypair.sha256': 'SHA-256',
  'keypair.sha1': 'SHA-1',
  'keypair.validRange': '{from} bis {to} (noch {days} Tage)',
  'keypair.key': 'Schlüssel',
  'keypair.keyRsa': 'RSA {size} Bit',
  'keypair.keyEc': 'EC {curve} ({size} Bit)',
  'keypair.clientAuth': 'Client-Authentifizierung',
  'keypair.yes': 'ja',
  'keypair.no': 'nein',
  'keypair.file': 'Datei',
  'keypair.chain': 'Kette',
  'keypair.chainCount': '{count} Zertifikat(e)',
  'keypair.until': 'bis {date}',
  'keypair.warnings': 'Warnungen',
  'keypair.none':
    'Noch keine Schlüsselpaare. Importieren Sie eines mit: c4c-connect keypair import <Datei> --name NAME',
  'keypair.columns': 'NAME|LÄUFT AB|STATUS|ALLGEMEINER NAME',
  'keypair.status.expired': 'ABGELAUFEN',
  'keypair.status.notYetValid': 'NOCH NICHT GÜLTIG',
  'keypair.status.soon': 'LÄUFT BALD AB',
  'keypair.status.valid': 'gültig',
};

const CLI: Record<Lang, Record<CliMessageKey, string>> = { en: CLI_EN, de: CLI_DE };

/** A sentence of the command line's own, numbers in the reader's language. */
export const sayCli = (lang: Lang, key: CliMessageKey, params?: Params): string =>
  fill(CLI[lang][key], lang, params);

/** Label/value lines, the labels padded to the longest in this language so the values line up. */
export function labelled(
  lang: Lang,
  rows: [CliMessageKey, string | number][],
  indent = '',
  minWidth = 0,
): string[] {
  const labels = rows.map(([key]) => sayCli(lang, key));
  const width = Math.max(minWidth, ...labels.map((l) => l.length + 2));
  return rows.map(
    ([, value], i) => `${indent}${(labels[i] ?? '').padEnd(width)}${fill('{v}', lang, { v: value })}`,
  );
}

/** The summary of a command in --lang (the English one as written in the command if it has none). */
export function summaryOf(lang: Lang, command: { name: string; summary: string }): string {
  const key = `summary.${command.name}`;
  return Object.hasOwn(CLI_EN, key) ? sayCli(lang, key as CliMessageKey) : command.summary;
}
