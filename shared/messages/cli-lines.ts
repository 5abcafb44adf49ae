/**
 * The command line's result lines for key pairs, edmx summary, vault sweep, doctor and the
 * practice tenant, and its password prompts, in both languages; spread into the CLI catalog
 * (./cli.ts). Labels are padded in code, so each language lines up on its own.
 */
export const CLI_LINES_EN = {
  'prompt.passwordOf': 'Password of {what}: ',
  'prompt.passwordFor': 'Password for {file}: ',
  'prompt.newPassword': 'New password: ',

  'done.imported': 'Imported key pair "{name}".',
  'done.created': 'Created key pair "{name}".',
  'done.deleted': 'Deleted key pair "{name}".',
  'done.renamed': 'Renamed key pair "{from}" to "{to}".',
  'done.renewed':
    'Renewed key pair "{name}". Upload the new .p12 to the Cloud Integration keystore under the same alias.',
  'done.exportedCert': 'Saved the certificate of "{name}" to {path}.',
  'done.exportedKeyPair': 'Saved the key pair of "{name}" to {path}.',
  'done.csr': 'Saved the certificate request of "{name}" to {path}.',
  'done.csrNext': 'Once the certificate authority has signed it: c4c-connect keypair attach-cert NAME FILE',
  'done.attached': 'Attached the signed certificate to "{name}".',

  'edmx.entitySets': 'Entity sets',
  'edmx.entityTypes': 'Entity types',
  'edmx.properties': 'Properties',
  'edmx.navigationProperties': 'Navigation properties',
  'edmx.associations': 'Associations',
  'edmx.functionImports': 'Function imports',
  'edmx.read': 'Read in {ms} ms',

  'sweep.moved': 'Moved to quarantine: {count}',
  'sweep.restored': 'Put back (in use again): {count}',
  'sweep.deleted': 'Deleted for good: {count}',
  'sweep.noneLeft': 'No orphaned vault files are left.',
  'sweep.left':
    '{count} orphaned vault file(s) remain in {folder} or are too recent to move; run again with --delete to remove those in quarantine.',

  'doctor.os': 'OS',
  'doctor.node': 'Node',
  'doctor.tls': 'TLS library',
  'doctor.dataFolder': 'Data folder',
  'doctor.keychain': 'OS keychain',
  'doctor.orphans': 'Orphans',
  'doctor.reachable': 'reachable ({backend})',
  'doctor.notReachable': 'NOT reachable: {reason}',
  'doctor.none': 'none',
  'doctor.orphanCount':
    '{count} vault file(s) no key pair or connection uses (c4c-connect vault sweep --delete removes them)',
  'doctor.orphan': '{path}  {bytes} bytes, {date}',

  'practice.running': 'Practice tenant running (a loopback stand-in for a C4C tenant).',
  'practice.serviceUrl': 'Service URL',
  'practice.quirkUrl': 'Quirk service URL',
  'practice.ca': 'Tenant CA (trust it)',
  'practice.p12': 'Key pair (.p12)',
  'practice.p12Password': 'Key pair password',
  'practice.user': 'Technical user',
  'practice.password': 'Password',
  'practice.material': 'The key pair and password are practice material and change at every start.',
  'practice.stopHow': 'Press Ctrl+C to stop.',
  'practice.stopped': 'Practice tenant stopped.',

} as const satisfies Record<string, string>;

export const CLI_LINES_DE: Record<keyof typeof CLI_LINES_EN, string> = {
  'prompt.passwordOf': 'Kennwort von {what}: ',
  'prompt.passwordFor': 'Kennwort für {file}: ',
  'prompt.newPassword': 'Neues Kennwort: ',

  'done.imported': 'Schlüsselpaar „{name}“ importiert.',
  'done.created': 'Schlüsselpaar „{name}“ erzeugt.',
  'done.deleted': 'Schlüsselpaar „{name}“ gelöscht.',
  'done.renamed': 'Schlüsselpaar „{from}“ in „{to}“ umbenannt.',
  'done.renewed':
    'Schlüsselpaar „{name}“ erneuert. Laden Sie die neue .p12 unter demselben Alias in den Keystore von Cloud Integration hoch.',
  'done.exportedCert': 'Zertifikat von „{name}“ gesichert unter {path}.',
  'done.exportedKeyPair': 'Schlüsselpaar „{name}“ gesichert unter {path}.',
  'done.csr': 'Zertifikatsanforderung von „{name}“ gesichert unter {path}.',
  'done.csrNext':
    'Sobald die Zertifizierungsstelle sie signiert hat: c4c-connect keypair attach-cert NAME DATEI',
  'done.attached': 'Signiertes Zertifikat an „{name}“ angefügt.',

  'edmx.entitySets': 'Entitätsmengen',
  'edmx.entityTypes': 'Entitätstypen',
  'edmx.properties': 'Eigenschaften',
  'edmx.navigationProperties': 'Navigationseigenschaften',
  'edmx.associations': 'Assoziationen',
  'edmx.functionImports': 'Funktionsimporte',
  'edmx.read': 'Gelesen in {ms} ms',

  'sweep.moved': 'In die Quarantäne verschoben: {count}',
  'sweep.restored': 'Zurückgelegt (wieder in Gebrauch): {count}',
  'sweep.deleted': 'Endgültig gelöscht: {count}',
  'sweep.noneLeft': 'Es sind keine verwaisten Tresordateien übrig.',
  'sweep.left':
    '{count} verwaiste Tresordatei(en) liegen noch in {folder} oder sind zu neu zum Verschieben; rufen Sie den Befehl mit --delete erneut auf, um die in der Quarantäne zu löschen.',

  'doctor.os': 'Betriebssystem',
  'doctor.node': 'Node',
  'doctor.tls': 'TLS-Bibliothek',
  'doctor.dataFolder': 'Datenordner',
  'doctor.keychain': 'Schlüsselbund',
  'doctor.orphans': 'Verwaiste',
  'doctor.reachable': 'erreichbar ({backend})',
  'doctor.notReachable': 'NICHT erreichbar: {reason}',
  'doctor.none': 'keine',
  'doctor.orphanCount':
    '{count} Tresordatei(en), die kein Schlüsselpaar und keine Verbindung verwendet (c4c-connect vault sweep --delete löscht sie)',
  'doctor.orphan': '{path}  {bytes} Byte, {date}',

  'practice.running': 'Übungs-Tenant läuft (ein lokaler Stellvertreter für einen C4C-Tenant).',
  'practice.serviceUrl': 'Service-URL',
  'practice.quirkUrl': 'Service-URL mit Eigenheiten',
  'practice.ca': 'Tenant-CA (ihr vertrauen)',
  'practice.p12': 'Schlüsselpaar (.p12)',
  'practice.p12Password': 'Kennwort des Schlüsselpaars',
  'practice.user': 'Technischer Benutzer',
  'practice.password': 'Kennwort',
  'practice.material': 'Schlüsselpaar und Kennwort sind Übungsmaterial und ändern sich bei jedem Start.',
  'practice.stopHow': 'Strg+C beendet ihn.',
  'practice.stopped': 'Übungs-Tenant beendet.',

};
