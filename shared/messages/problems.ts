/**
 * Sentences of core's rarer paths, keyed so the app and the CLI say them in the user's language:
 * notices about data recovered at start, the key pair file's problems and the key pair store's,
 * the vault's, the words of a .p12's protection summary, and the CLI's own coded errors. Part of
 * the one catalog (spread into ./en.ts and ./de.ts; the completeness test covers them).
 */
export const PROBLEMS_EN = {
  // ── recovered at start (FileStore, migrations, the vault sweep) ──────────────────────────
  'recovered.storeDamaged':
    'The settings file was damaged and could not be read. A copy was kept as {copy}; the app started with empty settings. Key pairs in the keychain vault were not touched.',
  'recovered.newerVersion':
    'The settings file was written by a newer version of C4C Connect (data version {version}). It was left unchanged; update the app to see everything in it.',
  'recovered.quarantinedOne':
    '1 vault file that no key pair or connection uses (left by an interrupted import or save) was moved to {folder}. Nothing was deleted; run c4c-connect vault sweep --delete to remove it.',
  'recovered.quarantinedMany':
    '{count} vault files that no key pair or connection uses (left by an interrupted import or save) were moved to {folder}. Nothing was deleted; run c4c-connect vault sweep --delete to remove them.',
  'recovered.restoredOne': '1 vault file in quarantine belonged to a stored item and was put back.',
  'recovered.restoredMany': '{count} vault files in quarantine belonged to a stored item and were put back.',

  // ── a key pair file that cannot be used (core/pkcs12) ───────────────────────────────────
  'p12.wrongPassword':
    'The password does not open this key pair file. Check the password you received with the file (it is case-sensitive) and try again.',
  'p12.invalidFile':
    'This is not a readable .p12/.pfx key pair file; it may be damaged or cut short. Download or export the key pair again.',
  'p12.undecryptable':
    'The password was accepted, but part of the key pair file could not be decrypted; the file may be damaged. Export the key pair again.',
  'p12.noPrivateKey':
    'This file holds certificates but no private key. Export the key pair again with its private key (in C4C: Edit Credentials, download the key pair as .p12).',
  'p12.noCertificate':
    'This file holds a private key but no certificate. Export the key pair again together with its certificate.',
  'p12.keyCertMismatch':
    'The private key in this file does not belong to any certificate in it. Export the key pair again from the system that created it.',
  'p12.unsupportedKey':
    'This key pair uses a {type} key; only RSA and EC keys can be used for a communication system. Create an RSA or EC key pair instead.',
  'p12.unsupportedEncryption':
    'This file is protected with {what}, which C4C Connect cannot open. Export the key pair again with standard settings (AES-256, as OpenSSL 3 or current Windows and macOS do).',
  'p12.tooManyIterations':
    'This file asks for {iterations} rounds of key derivation, more than the {limit} C4C Connect accepts. Export the key pair again with standard settings.',
  'p12.tooLarge':
    'This file is {kib} KiB; a key pair file is a few KiB and at most {max} KiB. Choose the .p12 or .pfx file of the key pair.',

  // ── the words of a .p12's protection summary (core/pkcs12/protection.ts) ─────────────────
  'protection.notEncrypted': 'Not encrypted',
  'protection.legacy': '(legacy)',
  'protection.iterations': '{count} iterations',
  'protection.noMac': 'no integrity check (MAC)',
  'protection.createdHere': 'Created in C4C Connect: the private key has never been in a file',

  // ── the key pair store (core/keypairs) ──────────────────────────────────────────────────
  'keypairs.gone': 'This key pair no longer exists. Refresh the list and try again.',
  'keypairs.changedMeanwhile':
    'The key pair "{name}" was renewed or completed meanwhile (in another window or by a command). Nothing was changed here; try again.',
  'keypairs.secretMissing':
    'The key pair "{name}" needs its .p12 file again: its stored key is missing from the vault folder. Renew it with the .p12 file (its connections keep pointing at it).',
  'keypairs.unreadable':
    'The stored key of "{name}" cannot be read. Delete this key pair and import the .p12 file again.',
  'keypairs.noCertificate': 'The stored key pair has no certificate.',
  'keypairs.nameLength': 'Give the key pair a name of 1 to 100 characters.',
  'keypairs.nameTaken': 'A key pair named "{name}" already exists. Choose another name.',
  'keypairs.notDn': '"{subject}" is not a distinguished name. Write it as CN=name, OU=unit, O=company.',
  'keypairs.days': 'Choose a validity of 1 to {max} days.',
  'keypairs.noOriginal':
    'This key pair was created in C4C Connect, so there is no original file. Export it with a new password.',
  'keypairs.newPassword': 'Type a new password for the exported file.',
  'keypairs.noSignedCertificate':
    'This file holds no certificate. Choose the signed certificate your certificate authority sent (.cer, .crt, .pem or .p7b).',
  'keypairs.notThisKey':
    "This certificate does not belong to this key pair's key. Check that the certificate authority signed the request made from this key pair.",
  'keypairs.certificateTooLarge':
    'This file is too large for a certificate. Choose the signed certificate (.cer, .crt, .pem or .p7b).',

  // ── the command line's own coded errors (electron/cli) ──────────────────────────────────
  'cli.cancelled': 'Cancelled; nothing was changed.',
  'cli.noFile': 'There is no file {path}. Check the path and try again.',
  'cli.metadataTooLarge': 'The file is larger than {mb} MB and was not read.',
} as const satisfies Record<string, string>;

export const PROBLEMS_DE: Record<keyof typeof PROBLEMS_EN, string> = {
  'recovered.storeDamaged':
    'Die Einstellungsdatei war beschädigt und konnte nicht gelesen werden. Eine Kopie liegt unter {copy}; die App startete mit leeren Einstellungen. Die Schlüsselpaare im Tresor des Schlüsselbunds blieben unberührt.',
  'recovered.newerVersion':
    'Die Einstellungsdatei stammt von einer neueren Version von C4C Connect (Datenversion {version}). Sie blieb unverändert; aktualisieren Sie die App, um alles darin zu sehen.',
  'recovered.quarantinedOne':
    '1 Tresordatei, die kein Schlüsselpaar und keine Verbindung verwendet (von einem unterbrochenen Import oder Speichern), wurde nach {folder} verschoben. Nichts wurde gelöscht; c4c-connect vault sweep --delete entfernt sie.',
  'recovered.quarantinedMany':
    '{count} Tresordateien, die kein Schlüsselpaar und keine Verbindung verwenden (von einem unterbrochenen Import oder Speichern), wurden nach {folder} verschoben. Nichts wurde gelöscht; c4c-connect vault sweep --delete entfernt sie.',
  'recovered.restoredOne':
    '1 Tresordatei in der Quarantäne gehörte zu einem gespeicherten Eintrag und wurde zurückgelegt.',
  'recovered.restoredMany':
    '{count} Tresordateien in der Quarantäne gehörten zu gespeicherten Einträgen und wurden zurückgelegt.',

  'p12.wrongPassword':
    'Das Kennwort öffnet diese Schlüsselpaardatei nicht. Prüfen Sie das Kennwort, das Sie mit der Datei erhalten haben (Groß- und Kleinschreibung zählt), und versuchen Sie es erneut.',
  'p12.invalidFile':
    'Dies ist keine lesbare .p12/.pfx-Schlüsselpaardatei; sie ist vielleicht beschädigt oder unvollständig. Laden Sie das Schlüsselpaar erneut herunter oder exportieren Sie es erneut.',
  'p12.undecryptable':
    'Das Kennwort wurde angenommen, aber ein Teil der Schlüsselpaardatei ließ sich nicht entschlüsseln; die Datei ist vielleicht beschädigt. Exportieren Sie das Schlüsselpaar erneut.',
  'p12.noPrivateKey':
    'Diese Datei enthält Zertifikate, aber keinen privaten Schlüssel. Exportieren Sie das Schlüsselpaar erneut mit seinem privaten Schlüssel (in C4C: „Edit Credentials“ (englische Oberfläche), Schlüsselpaar als .p12 herunterladen).',
  'p12.noCertificate':
    'Diese Datei enthält einen privaten Schlüssel, aber kein Zertifikat. Exportieren Sie das Schlüsselpaar erneut zusammen mit seinem Zertifikat.',
  'p12.keyCertMismatch':
    'Der private Schlüssel in dieser Datei gehört zu keinem ihrer Zertifikate. Exportieren Sie das Schlüsselpaar erneut aus dem System, das es angelegt hat.',
  'p12.unsupportedKey':
    'Dieses Schlüsselpaar nutzt einen {type}-Schlüssel; für ein Kommunikationssystem taugen nur RSA- und EC-Schlüssel. Legen Sie stattdessen ein RSA- oder EC-Schlüsselpaar an.',
  'p12.unsupportedEncryption':
    'Diese Datei ist mit {what} geschützt, was C4C Connect nicht öffnen kann. Exportieren Sie das Schlüsselpaar erneut mit Standardeinstellungen (AES-256, wie OpenSSL 3 oder aktuelle Windows- und macOS-Versionen).',
  'p12.tooManyIterations':
    'Diese Datei verlangt {iterations} Runden Schlüsselableitung, mehr als die {limit}, die C4C Connect annimmt. Exportieren Sie das Schlüsselpaar erneut mit Standardeinstellungen.',
  'p12.tooLarge':
    'Diese Datei ist {kib} KiB groß; eine Schlüsselpaardatei hat wenige KiB und höchstens {max} KiB. Wählen Sie die .p12- oder .pfx-Datei des Schlüsselpaars.',

  'protection.notEncrypted': 'Nicht verschlüsselt',
  'protection.legacy': '(veraltet)',
  'protection.iterations': '{count} Iterationen',
  'protection.noMac': 'keine Integritätsprüfung (MAC)',
  'protection.createdHere': 'In C4C Connect erzeugt: Der private Schlüssel war nie in einer Datei',

  'keypairs.gone':
    'Dieses Schlüsselpaar gibt es nicht mehr. Aktualisieren Sie die Liste und versuchen Sie es erneut.',
  'keypairs.changedMeanwhile':
    'Das Schlüsselpaar „{name}“ wurde inzwischen erneuert oder vervollständigt (in einem anderen Fenster oder durch einen Befehl). Hier wurde nichts geändert; versuchen Sie es erneut.',
  'keypairs.secretMissing':
    'Das Schlüsselpaar „{name}“ braucht seine .p12-Datei noch einmal: Sein gespeicherter Schlüssel fehlt im Tresorordner. Erneuern Sie es mit der .p12-Datei (seine Verbindungen zeigen weiter darauf).',
  'keypairs.unreadable':
    'Der gespeicherte Schlüssel von „{name}“ ist nicht lesbar. Löschen Sie dieses Schlüsselpaar und importieren Sie die .p12-Datei erneut.',
  'keypairs.noCertificate': 'Das gespeicherte Schlüsselpaar hat kein Zertifikat.',
  'keypairs.nameLength': 'Geben Sie dem Schlüsselpaar einen Namen mit 1 bis 100 Zeichen.',
  'keypairs.nameTaken': 'Ein Schlüsselpaar namens „{name}“ gibt es schon. Wählen Sie einen anderen Namen.',
  'keypairs.notDn':
    '„{subject}“ ist kein Distinguished Name. Schreiben Sie ihn als CN=Name, OU=Abteilung, O=Firma.',
  'keypairs.days': 'Wählen Sie eine Gültigkeit von 1 bis {max} Tagen.',
  'keypairs.noOriginal':
    'Dieses Schlüsselpaar wurde in C4C Connect angelegt, es gibt also keine Originaldatei. Exportieren Sie es mit einem neuen Kennwort.',
  'keypairs.newPassword': 'Geben Sie ein neues Kennwort für die exportierte Datei ein.',
  'keypairs.noSignedCertificate':
    'Diese Datei enthält kein Zertifikat. Wählen Sie das signierte Zertifikat, das Ihre Zertifizierungsstelle geschickt hat (.cer, .crt, .pem oder .p7b).',
  'keypairs.notThisKey':
    'Dieses Zertifikat gehört nicht zum Schlüssel dieses Schlüsselpaars. Prüfen Sie, dass die Zertifizierungsstelle die Anforderung dieses Schlüsselpaars signiert hat.',
  'keypairs.certificateTooLarge':
    'Diese Datei ist für ein Zertifikat zu groß. Wählen Sie das signierte Zertifikat (.cer, .crt, .pem oder .p7b).',

  'cli.cancelled': 'Abgebrochen; nichts wurde geändert.',
  'cli.noFile': 'Die Datei {path} gibt es nicht. Prüfen Sie den Pfad und versuchen Sie es erneut.',
  'cli.metadataTooLarge': 'Die Datei ist größer als {mb} MB und wurde nicht gelesen.',
};
