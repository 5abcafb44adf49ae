/**
 * Sentences of the data folder's rarer problems (vault, keychain, the store's lock, saved
 * connections, the access check), keyed so the app and the CLI say them in the user's language.
 * Part of the one catalog (spread into ./en.ts and ./de.ts; the completeness test covers them).
 */
export const DATA_PROBLEMS_EN = {
  'vault.keychainUnreachable':
    'The OS keychain could not be reached. Check that you are logged in to your desktop session and try again.',
  'vault.keyLost':
    'The key that protects your stored key pairs is no longer in the OS keychain (was the keychain reset?), so they cannot be opened. Restore the keychain from a backup, or remove the folder {folder} and import your key pairs again; nothing in it was changed.',
  'vault.keyNotReturned':
    'The OS keychain accepted the vault key but did not give it back; it may be locked or misconfigured. Unlock it or check its settings, then try again.',
  'vault.badId': '"{id}" is not a valid secret id.',
  'vault.damaged':
    'A stored secret is damaged or was changed outside C4C Connect and cannot be opened. Delete the item it belongs to and add it again.',
  'store.busy':
    'Another C4C Connect window or command is still saving to the data folder. Wait a moment and try again; if this repeats, close the other one.',

  'connections.foreignId':
    'This connection has an id C4C Connect did not make, so it cannot hold a password. Create the connection again.',
  'connections.foreignPassword':
    'The stored password of this connection points at a secret that belongs to something else, so it was not used. Enter the password again.',
  'connections.foreignProxyPassword':
    'The stored proxy password of this connection points at a secret that belongs to something else, so it was not used. Enter the proxy password again.',
  'connections.confirmCredentials':
    'The tenant address or the proxy changed. Confirm that the stored password or client certificate may be sent there, or enter it again.',
  'connections.gone':
    'This connection no longer exists. It may have been deleted in another window or with the command line.',
  'connections.notSaved': 'The connection could not be saved: {field} {problem}',
  'connections.nameTaken': 'A connection named "{name}" exists already. Choose another name.',
  'connections.proxyInvalid':
    'The proxy address is not valid. Enter it like http://proxy.example.com:8080.',
  'connections.proxyScheme': 'The proxy address must start with http:// or https://.',
  'connections.proxyCredentials':
    'Remove the user and password from the proxy address and enter them in the proxy fields; the password is kept in the vault.',
  'tenant.empty': 'Enter the tenant address, for example my123456.crm.ondemand.com.',
  'tenant.spaces': 'The tenant address cannot contain spaces. Enter it like my123456.crm.ondemand.com.',
  'tenant.scheme':
    'C4C tenants are reached over HTTPS only; "{scheme}://" is not possible. Use https:// or just the host name.',
  'tenant.invalid': '"{text}" is not a valid tenant address. Enter it like my123456.crm.ondemand.com.',
  'tenant.credentials':
    "Remove the user and password from the tenant address; they belong in the connection's authentication, where the password is kept in the vault.",
  'tenant.badHost': '"{host}" is not a valid host name. Enter it like my123456.crm.ondemand.com.',

  'access.tooMany': 'Pick at most {max} entity sets.',
  'access.notSetName': '"{name}" is not an entity set name (letters, digits and _ only).',
  'access.running': 'A check of this connection is already running. Wait for it or cancel it.',
  'odata.connectionGone': 'This connection no longer exists. Choose another one.',
  'odata.noKeyPair': 'This connection has no key pair yet. Choose one in the connection.',
  'odata.noPassword': 'The password of the technical user is not stored. Enter it in the connection.',
  'odata.proxyInvalid':
    'The proxy address of this connection is not valid. Enter it like http://proxy.example.com:8080.',
  'odata.notUrl': 'This is not a URL. Check the query URL.',
  'odata.outsideRoot':
    "The query must stay under the service root {root}; the connection's credentials are only sent there.",
  'odata.answerTooLarge':
    'The answer is larger than {mb} MB. Ask for fewer rows with $top or fewer columns with $select.',
  'odata.htmlPage':
    'The answer is a web page (HTML), not OData: often a login page. Run the connection test.',
  'odata.downloadCancelled': 'The download was cancelled.',
  'odata.metadataSize': 'The metadata is {mb} MB, more than the {max} MB C4C Connect reads.',
  'odata.metadataTooLarge': 'The metadata is larger than {max} MB and was not read further.',
} as const satisfies Record<string, string>;

export const DATA_PROBLEMS_DE: Record<keyof typeof DATA_PROBLEMS_EN, string> = {
  'vault.keychainUnreachable':
    'Der Schlüsselbund des Betriebssystems ist nicht erreichbar. Prüfen Sie, dass Sie an Ihrer Desktop-Sitzung angemeldet sind, und versuchen Sie es erneut.',
  'vault.keyLost':
    'Der Schlüssel, der Ihre gespeicherten Schlüsselpaare schützt, ist nicht mehr im Schlüsselbund des Betriebssystems (wurde er zurückgesetzt?), daher lassen sie sich nicht öffnen. Stellen Sie den Schlüsselbund aus einer Sicherung wieder her oder entfernen Sie den Ordner {folder} und importieren Sie Ihre Schlüsselpaare erneut; darin wurde nichts geändert.',
  'vault.keyNotReturned':
    'Der Schlüsselbund hat den Tresorschlüssel angenommen, gibt ihn aber nicht zurück; er ist vielleicht gesperrt oder falsch eingerichtet. Entsperren Sie ihn oder prüfen Sie seine Einstellungen und versuchen Sie es erneut.',
  'vault.badId': '„{id}“ ist keine gültige Geheimnis-ID.',
  'vault.damaged':
    'Ein gespeichertes Geheimnis ist beschädigt oder wurde außerhalb von C4C Connect geändert und lässt sich nicht öffnen. Löschen Sie den Eintrag, zu dem es gehört, und legen Sie ihn erneut an.',
  'store.busy':
    'Ein anderes Fenster oder ein Befehl von C4C Connect speichert gerade in den Datenordner. Warten Sie einen Moment und versuchen Sie es erneut; wiederholt sich das, schließen Sie das andere.',

  'connections.foreignId':
    'Diese Verbindung hat eine ID, die nicht von C4C Connect stammt, und kann daher kein Kennwort halten. Legen Sie die Verbindung neu an.',
  'connections.foreignPassword':
    'Das gespeicherte Kennwort dieser Verbindung verweist auf ein Geheimnis, das zu etwas anderem gehört, und wurde nicht verwendet. Geben Sie das Kennwort erneut ein.',
  'connections.foreignProxyPassword':
    'Das gespeicherte Proxy-Kennwort dieser Verbindung verweist auf ein Geheimnis, das zu etwas anderem gehört, und wurde nicht verwendet. Geben Sie das Proxy-Kennwort erneut ein.',
  'connections.confirmCredentials':
    'Die Tenant-Adresse oder der Proxy hat sich geändert. Bestätigen Sie, dass das gespeicherte Kennwort oder Clientzertifikat dorthin gesendet werden darf, oder geben Sie es erneut ein.',
  'connections.gone':
    'Diese Verbindung gibt es nicht mehr. Sie wurde vielleicht in einem anderen Fenster oder über die Kommandozeile gelöscht.',
  'connections.notSaved': 'Die Verbindung konnte nicht gespeichert werden: {field} {problem}',
  'connections.nameTaken': 'Eine Verbindung namens „{name}“ gibt es schon. Wählen Sie einen anderen Namen.',
  'connections.proxyInvalid':
    'Die Proxy-Adresse ist nicht gültig. Geben Sie sie so an: http://proxy.example.com:8080.',
  'connections.proxyScheme': 'Die Proxy-Adresse muss mit http:// oder https:// beginnen.',
  'connections.proxyCredentials':
    'Entfernen Sie Benutzer und Kennwort aus der Proxy-Adresse und geben Sie sie in den Proxy-Feldern ein; das Kennwort wird im Tresor aufbewahrt.',
  'tenant.empty': 'Geben Sie die Tenant-Adresse ein, zum Beispiel my123456.crm.ondemand.com.',
  'tenant.spaces':
    'Die Tenant-Adresse darf keine Leerzeichen enthalten. Geben Sie sie so an: my123456.crm.ondemand.com.',
  'tenant.scheme':
    'C4C-Tenants sind nur über HTTPS erreichbar; „{scheme}://“ ist nicht möglich. Verwenden Sie https:// oder nur den Hostnamen.',
  'tenant.invalid':
    '„{text}“ ist keine gültige Tenant-Adresse. Geben Sie sie so an: my123456.crm.ondemand.com.',
  'tenant.credentials':
    'Entfernen Sie Benutzer und Kennwort aus der Tenant-Adresse; sie gehören in die Authentifizierung der Verbindung, wo das Kennwort im Tresor aufbewahrt wird.',
  'tenant.badHost': '„{host}“ ist kein gültiger Hostname. Geben Sie ihn so an: my123456.crm.ondemand.com.',

  'access.tooMany': 'Wählen Sie höchstens {max} Entitätsmengen.',
  'access.notSetName': '„{name}“ ist kein Name einer Entitätsmenge (nur Buchstaben, Ziffern und _).',
  'access.running': 'Eine Prüfung dieser Verbindung läuft schon. Warten Sie darauf oder brechen Sie sie ab.',
  'odata.connectionGone': 'Diese Verbindung gibt es nicht mehr. Wählen Sie eine andere.',
  'odata.noKeyPair': 'Diese Verbindung hat noch kein Schlüsselpaar. Wählen Sie eines in der Verbindung.',
  'odata.noPassword':
    'Das Kennwort des technischen Benutzers ist nicht gespeichert. Geben Sie es in der Verbindung ein.',
  'odata.proxyInvalid':
    'Die Proxy-Adresse dieser Verbindung ist nicht gültig. Geben Sie sie so an: http://proxy.example.com:8080.',
  'odata.notUrl': 'Das ist keine URL. Prüfen Sie die Abfrage-URL.',
  'odata.outsideRoot':
    'Die Abfrage muss unter dem Service-Stamm {root} bleiben; nur dorthin werden die Zugangsdaten der Verbindung gesendet.',
  'odata.answerTooLarge':
    'Die Antwort ist größer als {mb} MB. Fragen Sie mit $top nach weniger Zeilen oder mit $select nach weniger Spalten.',
  'odata.htmlPage':
    'Die Antwort ist eine Webseite (HTML), kein OData: oft eine Anmeldeseite. Führen Sie den Verbindungstest aus.',
  'odata.downloadCancelled': 'Der Download wurde abgebrochen.',
  'odata.metadataSize': 'Die Metadaten sind {mb} MB groß, mehr als die {max} MB, die C4C Connect liest.',
  'odata.metadataTooLarge': 'Die Metadaten sind größer als {max} MB und wurden nicht weiter gelesen.',
};
