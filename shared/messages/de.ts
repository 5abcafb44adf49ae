/**
 * Deutsch: jede Meldung aus ./en.ts, mit den Begriffen der deutschen SAP-Oberfläche
 * (Kommunikationssystem, Kommunikationsvereinbarung, Kommunikationsszenario, technischer Benutzer).
 * Die Feldnamen des Cloud-Integration-Adapters und C4Cs eigene Fehlertexte bleiben, wie das
 * Produkt sie zeigt. Quellen: siehe ./en.ts.
 *
 * Nicht belegt: Für die deutschen Beschriftungen der C4C-Oberfläche (Menüpfade, Schaltflächen,
 * Felder wie „Edit Credentials“ oder „Inbound Communication: Basic Settings“) fand das Suchwerkzeug
 * keine SAP-Quelle (gesucht in docs, pages und code, 2026-11-30). Darum stehen sie hier so, wie die
 * englischen Quellen sie nennen, mit dem Zusatz „(englische Oberfläche)“.
 */
import type { MessageKey } from './en';
import { DATA_PROBLEMS_DE } from './problems-data';
import { PROBLEMS_DE } from './problems';

export const DE: Record<MessageKey, string | readonly string[]> = {
  // Rare paths (recovered data, key pair file and store problems, the CLI's own errors).
  ...PROBLEMS_DE,
  ...DATA_PROBLEMS_DE,
  'diagnosis.OK.title': 'Die Verbindung funktioniert',
  'diagnosis.OK.advice': [
    'Der Tenant hat mit einem OData-V2-Service geantwortet. Sie können die Metadaten öffnen und Abfragen ausführen.',
  ],
  'diagnosis.DNS_NOT_FOUND.title': 'Der Hostname des Tenants wurde nicht gefunden',
  'diagnosis.DNS_NOT_FOUND.advice': [
    'Prüfen Sie den Hostnamen auf Tippfehler. C4C-Tenants heißen wie myNNNNNN.crm.ondemand.com (oder Ihre eigene Domain).',
    'Im VPN oder Firmennetz: Prüfen Sie, ob es den Host des Tenants auflösen kann.',
  ],
  'diagnosis.CONNECTION_REFUSED.title': 'Der Tenant hat die Verbindung abgelehnt',
  'diagnosis.CONNECTION_REFUSED.advice': [
    'Prüfen Sie den Port in der URL: C4C antwortet auf 443 (https).',
    'Eine Firewall sperrt womöglich ausgehende Verbindungen zu diesem Host; fragen Sie die IT oder tragen Sie den Firmen-Proxy unter Proxy ein.',
  ],
  'diagnosis.TIMEOUT.title': 'Der Tenant hat nicht rechtzeitig geantwortet',
  'diagnosis.TIMEOUT.advice': [
    'Versuchen Sie es erneut: Der Tenant ist vielleicht ausgelastet oder startet neu.',
    'Wenn Ihre Firma einen Proxy nutzt, tragen Sie ihn unter Proxy ein: direkte Verbindungen werden oft stillschweigend verworfen.',
    'Erhöhen Sie das Zeitlimit dieser Verbindung, wenn der Tenant langsam, aber erreichbar ist.',
  ],
  'diagnosis.PROXY_FAILED.title': 'Der Proxy hat die Verbindung nicht weitergereicht',
  'diagnosis.PROXY_FAILED.advice': [
    'Prüfen Sie Adresse und Port des Proxys, und Proxy-Benutzer und -Kennwort, falls er sie braucht.',
    'Fragen Sie die IT, ob der Proxy HTTPS (CONNECT) zum Host des Tenants auf Port 443 erlaubt.',
  ],
  'diagnosis.TLS_INTERCEPTED.title': 'Ein Firmen-Proxy öffnet die verschlüsselte Verbindung',
  'diagnosis.TLS_INTERCEPTED.advice': [
    'Das Serverzertifikat stammt von einer TLS-Prüfstelle Ihrer Firma, nicht vom Tenant. Mit dieser Prüfung dazwischen erreicht das Client-Zertifikat C4C nicht; die Zertifikatsanmeldung kann so nicht funktionieren.',
    'Bitten Sie die IT, den Host des Tenants von der TLS-Prüfung auszunehmen (eine Ausnahme für *.crm.ondemand.com oder Ihre eigene Domain).',
    'Nur für die Basisauthentifizierung: Sie dürfen die Prüf-CA unter Vertrauen hinzufügen, wenn Ihre Firmenrichtlinie es erlaubt.',
  ],
  'diagnosis.SERVER_CERT_UNTRUSTED.title': 'Dem Serverzertifikat wird nicht vertraut',
  'diagnosis.SERVER_CERT_UNTRUSTED.advice': [
    'Ist es ein Testsystem oder eine eigene Domain mit privater CA, fügen Sie diese CA unter Vertrauen hinzu, oder schalten Sie „Zertifikatsspeicher des Betriebssystems verwenden“ ein, wenn die IT sie dort installiert hat.',
    'Prüfen Sie, ob die URL auf den Tenant zeigt und nicht auf einen anderen Server.',
  ],
  'diagnosis.SERVER_CERT_HOSTNAME_MISMATCH.title': 'Das Serverzertifikat gilt für einen anderen Hostnamen',
  'diagnosis.SERVER_CERT_HOSTNAME_MISMATCH.advice': [
    'Prüfen Sie den Hostnamen in der URL: Er muss genau zum Tenant passen (myNNNNNN.crm.ondemand.com oder die für den Tenant eingerichtete Domain).',
    'Wenn Sie eine IP-Adresse oder einen Alias verwenden, nehmen Sie stattdessen den Hostnamen des Tenants.',
  ],
  'diagnosis.SERVER_CERT_EXPIRED.title': 'Das Serverzertifikat ist abgelaufen',
  'diagnosis.SERVER_CERT_EXPIRED.advice': [
    'Prüfen Sie Datum und Uhrzeit Ihres Computers.',
    'Stimmt die Uhr, zeigt der Server (oder ein Proxy dazwischen) ein veraltetes Zertifikat: Informieren Sie den Administrator des Tenants.',
  ],
  'diagnosis.CLIENT_CERT_EXPIRED.title': 'Ihr Client-Zertifikat ist abgelaufen',
  'diagnosis.CLIENT_CERT_EXPIRED.advice': [
    'Es wurde nichts gesendet. Öffnen Sie in C4C die Kommunikationsvereinbarung, wählen Sie „Edit Credentials“ (englische Oberfläche), legen Sie ein neues Schlüsselpaar an, laden Sie es herunter und sichern und aktivieren Sie danach die Vereinbarung mit „Save and Activate“ (englische Oberfläche), sonst verwirft C4C das neue Schlüsselpaar. Importieren Sie es hier (Schlüsselpaare > Ersetzen).',
    'Ersetzen Sie danach das Schlüsselpaar im Keystore von Cloud Integration unter demselben Alias und starten Sie den Integrationsfluss neu.',
  ],
  'diagnosis.CLIENT_CERT_MISSING.title':
    'Der Tenant hat ein Client-Zertifikat verlangt, und es wurde keines gesendet',
  'diagnosis.CLIENT_CERT_MISSING.advice': [
    'Wählen Sie ein Schlüsselpaar für diese Verbindung, oder stellen Sie die Verbindung auf Benutzer und Kennwort um, wenn die Authentifizierungsmethode der Vereinbarung („Inbound Communication: Basic Settings“, englische Oberfläche) „User ID and Password“ ist.',
  ],
  'diagnosis.CLIENT_CERT_REJECTED.title': 'Der Tenant hat das Client-Zertifikat abgelehnt',
  'diagnosis.CLIENT_CERT_REJECTED.advice': [
    'Mögliche Gründe: Das Zertifikat gehört nicht zum technischen Benutzer der Kommunikationsvereinbarung; der Tenant vertraut seiner CA nicht; oder die Kette ist unvollständig.',
    'Öffnen Sie in C4C die Kommunikationsvereinbarung und wählen Sie „Edit Credentials“ (englische Oberfläche): Prüfen Sie, ob das Zertifikat dort zum hier importierten Schlüsselpaar gehört; im Zweifel legen Sie dort ein neues Schlüsselpaar an, laden es herunter und sichern und aktivieren danach die Vereinbarung mit „Save and Activate“ (englische Oberfläche), sonst verwirft C4C das neue Schlüsselpaar. Importieren Sie es hier.',
  ],
  'diagnosis.UNAUTHORIZED.title': 'Der Tenant hat die Zugangsdaten nicht angenommen (401)',
  'diagnosis.UNAUTHORIZED.advice': [
    'Bei Benutzer und Kennwort: Prüfen Sie die ID des technischen Benutzers und sein Kennwort; setzen Sie bei Bedarf unter „Edit Credentials“ (englische Oberfläche) der Kommunikationsvereinbarung ein neues Kennwort.',
    'Bei einem Client-Zertifikat: Das Schlüsselpaar wurde vielleicht unter „Edit Credentials“ (englische Oberfläche) der Vereinbarung ersetzt. Legen Sie es dort neu an, laden Sie es herunter und sichern und aktivieren Sie danach die Vereinbarung mit „Save and Activate“ (englische Oberfläche), sonst verwirft C4C das neue Schlüsselpaar. Importieren Sie es hier.',
  ],
  'diagnosis.FORBIDDEN.title': 'Der technische Benutzer darf diesen Service nicht nutzen (403)',
  'diagnosis.FORBIDDEN.advice': [
    'Prüfen Sie, ob der Service in der Kommunikationsvereinbarung angehakt ist (Kommunikationsszenario „OData Services for Business Objects“).',
    'Prüfen Sie den Service-Pfad in der URL: Er muss einer der Services sein, die die Vereinbarung aufführt.',
  ],
  'diagnosis.INCONSISTENT_AUTHORIZATION.title':
    'C4C hat die Anfrage abgelehnt: „Inconsistent Authorization“ oder ein Service „not assigned to you“',
  'diagnosis.INCONSISTENT_AUTHORIZATION.advice': [
    'Schalten Sie „CSRF-Token abrufen“ für diese Verbindung aus: Ein technischer Benutzer braucht es nicht, und der Abruf kann diese Antwort auslösen.',
    'Mit einem Geschäftsbenutzer statt eines technischen Benutzers: Weisen Sie diesem Benutzer eine Work-Center-Sicht zu, die den Service abdeckt.',
    'Bleibt es dabei, aktivieren Sie die Kommunikationsvereinbarung in C4C erneut (öffnen, „Save and Activate“, englische Oberfläche).',
  ],
  'diagnosis.NOT_FOUND.title': 'Der Service wurde nicht gefunden (404)',
  'diagnosis.NOT_FOUND.advice': [
    'Prüfen Sie den Service-Pfad: Standard-Services liegen unter /sap/c4c/odata/v1/<Service>/ (z. B. /sap/c4c/odata/v1/c4codataapi/), eigene Services unter /sap/c4c/odata/cust/v1/<Service>/.',
    'Behalten Sie den Schrägstrich nach dem Service-Namen bei, und prüfen Sie Schreibweise und Groß-/Kleinschreibung des Service-Namens.',
  ],
  'diagnosis.NOT_ODATA.title': 'Der Tenant hat mit einer Seite geantwortet, nicht mit einem OData-Service',
  'diagnosis.NOT_ODATA.advice': [
    'Die Antwort sieht nach einer Anmeldeseite oder einer Single-Sign-On-Umleitung aus: Die URL zeigt auf die Benutzeroberfläche, oder die Anfrage war nicht als technischer Benutzer angemeldet.',
    'Verwenden Sie die OData-Service-Root (…/sap/c4c/odata/v1/<Service>/ oder …/sap/c4c/odata/cust/v1/<Service>/) und die Zugangsdaten der Kommunikationsvereinbarung.',
  ],
  'diagnosis.SERVER_ERROR.title': 'Der Tenant hatte einen internen Fehler',
  'diagnosis.SERVER_ERROR.advice': [
    'Versuchen Sie es in einigen Minuten erneut.',
    'Ein Administrator kann den fehlgeschlagenen Aufruf im OData API Monitor von C4C nachlesen (englische Oberfläche: Administrator > General Settings > System Administration > OData API Monitor, Eintrag auswählen, „View Response Payload“).',
    'Bleibt der Fehler, melden Sie ihn SAP mit der Uhrzeit dieses Tests.',
  ],

  'finding.entitySets': 'Der Service führt {count} Entitätsmengen auf.',
  'finding.c4cSaid': 'C4C hat mit HTTP {status} geantwortet:',
  'finding.c4cError': 'C4C hat mit HTTP {status} geantwortet: {code} {message}',
  'finding.dnsAgain':
    'Der Namensserver hat für {host} nicht geantwortet (vorübergehender Fehler); prüfen Sie Netz oder VPN.',
  'finding.noAddress': 'Für {host} wurde keine Adresse gefunden{code}.',
  'finding.didYouMean': 'Meinten Sie {host}?',
  'finding.proxyHostNotFound': 'Der Proxy-Host {proxy} wurde nicht gefunden ({code}).',
  'finding.proxy407':
    'Der Proxy verlangt Benutzer und Kennwort (407): Tragen Sie sie in den Proxy-Einstellungen ein.',
  'finding.proxyStatus': 'Der Proxy hat auf die Bitte, den Tenant zu verbinden, mit {status} geantwortet.',
  'finding.proxyUnreachable': 'Der Proxy {proxy} war nicht erreichbar ({code}).',
  'finding.proxy407Manual':
    'Der Proxy {proxy} verlangt Benutzer und Kennwort (407). Tragen Sie sie im Schritt Test unter „Wie der Test den Tenant erreicht“ > Proxy ein: Proxy-Benutzer und Proxy-Kennwort („Im Tresor ablegen“).',
  'finding.proxy407System':
    'Der System-Proxy {proxy} verlangt Benutzer und Kennwort (407), und aus der Systemeinstellung übernimmt C4C Connect keine. Wählen Sie im Schritt Test unter „Wie der Test den Tenant erreicht“ > Proxy die Option „Manuell“, tragen Sie {proxy} als Proxy-Adresse ein, dann Proxy-Benutzer und Proxy-Kennwort („Im Tresor ablegen“).',
  'finding.proxy407Refused':
    'Der Proxy {proxy} hat Proxy-Benutzer und Proxy-Kennwort nicht angenommen (407). Prüfen Sie beide im Schritt Test unter „Wie der Test den Tenant erreicht“ > Proxy.',
  'finding.proxy407Windows':
    'Der Proxy {proxy} hat mit 407 geantwortet: Er verlangt eine Windows-Anmeldung ({schemes}), die C4C Connect nicht unterstützt. Bitten Sie die IT, den Tenant-Host {host} vom Proxy auszunehmen, oder um einen Proxy, der Benutzer und Kennwort (Basic) annimmt.',
  'finding.proxy407Unsupported':
    'Der Proxy {proxy} hat mit 407 geantwortet: Er verlangt eine Anmeldung per {schemes}, die C4C Connect nicht unterstützt (es sendet Benutzer und Kennwort nur per Basic). Bitten Sie die IT, den Tenant-Host {host} vom Proxy auszunehmen, oder um einen Proxy, der Basic annimmt.',
  'finding.proxySocksOnly':
    'Der System-Proxy bietet nur SOCKS an ({offered}), und das unterstützt C4C Connect nicht. Wählen Sie im Schritt Test unter „Wie der Test den Tenant erreicht“ > Proxy die Option „Manuell“ und tragen Sie den HTTP-Proxy der Firma ein, oder fragen Sie die IT nach dem HTTP-Proxy oder nach einer Ausnahme für den Tenant-Host {host}.',
  'finding.proxiesTried': 'Vorher versucht, ohne Erfolg: {tried}.',
  'finding.proxyTlsToProxy':
    'Die sichere Verbindung zum HTTPS-Proxy {proxy} ist gescheitert ({code}). Sein Zertifikat muss für {name} ausgestellt und vertrauenswürdig sein: Fragen Sie die IT nach dem Stammzertifikat und fügen Sie es im Schritt Tenant unter „Vertrauen (nur für Testsysteme)“ > „Zusätzliches CA-Zertifikat (PEM)“ hinzu.',
  'finding.connectFailed': 'Die Verbindung ist mit {code} gescheitert.',
  'finding.inspectionNamed': 'Der Aussteller des Zertifikats ({issuer}) nennt ein Produkt zur TLS-Prüfung.',
  'finding.inspectionGuess':
    'Ein Proxy ist im Spiel, und das Serverzertifikat führt zu keiner vertrauenswürdigen Wurzel (Aussteller: {issuer}). C4Cs eigene Zertifikate führen zu öffentlichen Wurzeln; vermutlich ist es also eine TLS-Prüfung – eine begründete Vermutung, kein Beweis.',
  'finding.untrusted': 'Node meldete {code}; Aussteller: {issuer}.',
  'finding.endedOn': 'Es ist am {date} abgelaufen.',
  'finding.hostMismatch': '{detail}',
  'finding.keyMismatch':
    'Privater Schlüssel und Zertifikat des Schlüsselpaars gehören nicht zusammen, daher konnte es nicht gesendet werden. Importieren Sie das Schlüsselpaar erneut.',
  'finding.tlsAlert': 'Der Tenant hat den Verbindungsaufbau mit der TLS-Meldung {alert} beendet.',
  'finding.closedAfterCert':
    'Der Tenant hat die Verbindung gleich nach Erhalt des Client-Zertifikats geschlossen.',
  'finding.closedMaybeCert':
    'Der Tenant hat die Verbindung nach dem Verbindungsaufbau geschlossen; so lehnt ein Server ein Client-Zertifikat ab. Die verwendete TLS-Bibliothek kann nicht bestätigen, dass der Tenant das Zertifikat verlangt hat; das ist also eine begründete Vermutung, kein Beweis.',
  'finding.notHttps': 'Der Server auf diesem Port spricht kein HTTPS.',
  'finding.noTlsVersion':
    'Server und C4C Connect haben keine gemeinsame TLS-Version (nötig ist TLS 1.2 oder neuer).',
  'finding.proxyTlsFailed': 'Die sichere Verbindung über den Proxy ist gescheitert ({code}).',
  'finding.tlsFailed': 'Die sichere Verbindung ist gescheitert ({code}).',
  'finding.brokeOff': 'Der Tenant hat die Antwort abgebrochen ({code}).',
  'finding.noCertSent400':
    'Das TLS-Frontend hat mit „No required SSL certificate was sent“ (HTTP 400) geantwortet.',
  'finding.certError400': 'Das TLS-Frontend hat mit „The SSL certificate error“ (HTTP 400) geantwortet.',
  'finding.inconsistent500':
    'C4C hat diese Antwort mit HTTP {status} geschickt, wie beim CSRF-Token-Abruf eines technischen Benutzers in SAP/cloud-sdk-js Issue 1185.',
  'finding.noTrailingSlash': 'Der URL fehlt der Schrägstrich nach dem Service-Namen: Fügen Sie ihn an.',
  'finding.redirected':
    'Der Tenant hat nach {location} umgeleitet (HTTP {status}); so beginnt eine Anmeldung oder ein Single Sign-On.',
  'finding.serverStatus': 'Der Tenant hat mit HTTP {status} geantwortet.',
  'finding.odd4xx': 'Der Tenant hat mit HTTP {status} geantwortet, was eine OData-Service-Root nicht tut.',
  'finding.htmlPage': 'Der Tenant hat eine HTML-Seite geschickt.',
  'finding.reasonHtml': 'Die Antwort ist eine HTML-Seite.',
  'finding.reasonV4': 'Die Antwort ist ein OData-V4-Service.',
  'finding.reasonBadJson': 'Die Antwort ist JSON, das sich nicht lesen lässt.',
  'finding.reasonOtherJson': 'Die Antwort ist JSON, aber kein Service-Dokument.',
  'finding.reasonUnknown': 'Die Antwort ist weder ein Service-Dokument noch $metadata.',
  'finding.reasonVersion': 'Die Antwort ist kein OData V2 ({version}).',
  'finding.timeout': 'Innerhalb von {seconds} s kam nichts zurück (im Schritt {stage}).',

  'error.INVALID_REQUEST': 'Die Anfrage wurde abgewiesen, weil einige Felder ungültig sind.',
  'error.FORBIDDEN_SENDER': 'Die Anfrage kam von einer Seite, der C4C Connect nicht vertraut.',
  'error.UNKNOWN_CHANNEL': 'C4C Connect kennt diese Anfrage nicht.',
  'error.NOT_FOUND': 'Es existiert nicht mehr: Vielleicht wurde es gelöscht.',
  'error.INTERNAL': 'In C4C Connect ist etwas schiefgegangen. Die Einzelheiten stehen im Protokoll.',
  'error.CANCELLED': 'Abgebrochen.',
  'error.BAD_INPUT': 'Die Eingabe ist ungültig: Prüfen Sie die markierten Werte.',
  'error.KEYCHAIN_UNAVAILABLE': 'Der Schlüsselbund des Betriebssystems ist nicht erreichbar.',
  'error.KEYCHAIN_LOCKED':
    'Der Schlüsselbund des Betriebssystems ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.',
  'error.VAULT_KEY_LOST':
    'Der Tresorschlüssel ist nicht mehr im Schlüsselbund: Die gespeicherten Geheimnisse sind nicht lesbar.',
  'error.VAULT_CORRUPT': 'Ein gespeichertes Geheimnis ist nicht lesbar: Importieren Sie es erneut.',
  'error.WRONG_PASSWORD': 'Das Kennwort öffnet diese Datei nicht.',
  'error.INVALID_FILE': 'Das ist keine Schlüsselpaar-Datei (.p12 oder .pfx).',
  'error.NO_PRIVATE_KEY': 'Die Datei enthält keinen privaten Schlüssel.',
  'error.NO_CERTIFICATE': 'Die Datei enthält kein Zertifikat.',
  'error.KEY_CERT_MISMATCH': 'Privater Schlüssel und Zertifikat der Datei gehören nicht zusammen.',
  'error.UNSUPPORTED_ENCRYPTION': 'Die Datei ist auf eine Art geschützt, die C4C Connect nicht öffnen kann.',
  'error.FILE_TOO_LARGE': 'Die Datei ist zu groß.',
  'error.INVALID_METADATA': 'Die Metadaten konnten nicht gelesen werden.',
  'error.METADATA_TOO_LARGE': 'Die Metadaten sind größer, als C4C Connect liest.',
  'error.NOT_ODATA': 'Der Tenant hat nicht mit OData geantwortet: Führen Sie den Verbindungstest aus.',
  'error.REQUEST_FAILED': 'Die Anfrage an den Tenant ist gescheitert: Der Verbindungstest zeigt, warum.',
  'error.ODATA_ERROR': 'Der Service hat die Anfrage abgelehnt.',
  'error.INVALID_EXPORT_FILE': 'Das ist keine Verbindungsdatei von C4C Connect.',
  'error.UNSUPPORTED_VERSION': 'Diese Datei stammt aus einer neueren Version von C4C Connect.',
  'error.SECRET_NOT_OWNED':
    'Diese Verbindung darf kein Geheimnis verwenden, das einer anderen Verbindung gehört.',
  'error.STORE_BUSY':
    'Ein anderes C4C-Connect-Fenster oder ein Befehl ändert gerade den Datenordner: versuchen Sie es gleich noch einmal.',
  'error.SECRET_MISSING':
    'Das Geheimnis dieses Schlüsselpaars fehlt im Datenordner: Erneuern Sie das Schlüsselpaar mit der .p12-Datei aus der Kommunikationsvereinbarung.',
  'error.REPORT_NOT_WRITTEN':
    'Der Bericht konnte nicht geschrieben werden: Wählen Sie einen anderen Ordner oder Dateinamen.',
  'error.KEYPAIR_CHANGED':
    'Das Schlüsselpaar wurde inzwischen geändert (in einem anderen Fenster oder durch einen Befehl): Hier wurde nichts geändert, versuchen Sie es noch einmal.',
  // Asked by main in its own dialog (electron/main/handlers/travel.ts).
  'importTrust.title': 'Den Zertifikaten in dieser Datei vertrauen?',
  'importTrust.text':
    'Diese Datei bringt eigene CA-Zertifikate mit. Verbindungen daraus würden Servern vertrauen, für die diese Zertifikate bürgen. Importieren Sie nur, wenn Sie wissen, woher die Datei stammt.',
  'importTrust.hosts': 'Hosts',
  'importTrust.certificates': 'CA-Zertifikate',
  'importTrust.accept': 'Importieren und vertrauen',
  'importTrust.cancel': 'Abbrechen',
  // Asked by main in its own dialog (electron/main/handlers/connections.ts).
  'confirmCredentials.title': 'Gespeicherte Zugangsdaten an die neue Adresse senden?',
  'confirmCredentials.text':
    'Die Tenant-Adresse oder der Proxy dieser Verbindung wurde zu {host} geändert. C4C Connect hat dafür ein Kennwort oder ein Client-Zertifikat gespeichert. Behalten Sie es nur, wenn die neue Adresse derselbe Tenant oder Proxy ist, dem Sie vertrauen.',
  'confirmCredentials.keep': 'Behalten und dort verwenden',
  'confirmCredentials.forget': 'Vergessen, ich gebe es neu ein',
  'confirmCredentials.cancel': 'Abbrechen',
  'error.CONFIRM_CREDENTIALS':
    'Die Adresse hat sich geändert: Bestätigen Sie, dass das gespeicherte Kennwort oder Zertifikat an den neuen Host gehen darf.',
  'error.status401':
    'Der Tenant hat mit 401 geantwortet: Der technische Benutzer wurde nicht angenommen. Prüfen Sie Benutzer, Kennwort oder Zertifikat und führen Sie dann den Verbindungstest aus.',
  'error.status403':
    'Der Tenant hat mit 403 geantwortet: Der technische Benutzer darf diesen Service nicht nutzen. Prüfen Sie die Kommunikationsvereinbarung in C4C.',
  'error.redirected':
    'Der Tenant hat die Anfrage umgeleitet ({status}), meist auf eine Anmeldeseite: Die Zugangsdaten wurden nicht verwendet. Führen Sie den Verbindungstest aus.',
  'error.serviceRefused': 'Der Service hat die Anfrage abgelehnt ({status}): {code} {message}',
  'error.statusOnly':
    'Der Tenant hat mit {status} geantwortet. Prüfen Sie den Service-Pfad und versuchen Sie es erneut.',
  'error.inconsistentAuthorization':
    'C4C hat mit {status} „Inconsistent Authorization: Re-activate Communication Arrangement.“ geantwortet. Schalten Sie „CSRF-Token abrufen“ für diese Verbindung aus.',
  'error.unreachable':
    'Der Tenant war nicht erreichbar ({code}). Der Verbindungstest zeigt, was nicht stimmt.',

  'handover.heading': 'Cloud Integration – OData-Receiver-Adapter (OData V2) für „{name}“',
  'handover.empty': '(leer lassen)',
  'handover.note.address': 'Die Service-Root, ohne Entitätsmenge.',
  'handover.note.proxyType':
    'C4C ist ein Cloud-Tenant, erreichbar über das Internet; On-Premise ist für den Cloud Connector.',
  'handover.note.authCert':
    'Der technische Benutzer meldet sich mit dem Schlüsselpaar aus „Edit Credentials“ (englische Oberfläche) der Vereinbarung an.',
  'handover.note.authBasic': 'Der technische Benutzer meldet sich mit Benutzer und Kennwort an.',
  'handover.note.privateKeyAlias':
    'Laden Sie das Schlüsselpaar (.p12) unter diesem Alias hoch: Monitor > Integrations and APIs > Manage Security > Keystore > Add > Key Pair.',
  'handover.note.credentialName':
    'Legen Sie es an unter Monitor > Integrations and APIs > Manage Security > Security Material > Add > User Credentials, mit dem technischen Benutzer {user} und seinem Kennwort.',
  'handover.note.csrfOff':
    'Standardmäßig angehakt: Entfernen Sie den Haken bei CSRF Protected. Ein technischer Benutzer braucht kein CSRF-Token, und der Abruf kann C4C den Aufruf ablehnen lassen („Inconsistent Authorization“ oder HTTP 500 „…is not assigned to you“).',
  'handover.note.csrfOn': 'Angehakt lassen (Standard): Diese Verbindung ruft ein CSRF-Token ab.',
  'handover.note.resourcePath': 'Die Entitätsmenge, die die Integration liest.',
  'handover.note.queryOptions': 'Unverändert einfügen: Der Adapter codiert die URL selbst.',
  'handover.note.dropped':
    'Weggelassen: {options}. Der Adapter unterstützt $format und $inlinecount in den Query Options nicht, und $top/$skip einer Probeabfrage würden die Daten abschneiden.',
  'handover.note.pageSize':
    'Page Size leer lassen, damit der Adapter den __next-Links von C4C folgt (serverseitiges Paging). Process in Pages (Looping Process Call) braucht eine Page Size.',
  'handover.note.edmxCert':
    'Speichern Sie die Metadaten unter diesem Namen und wählen Sie im Model-Operation-Assistenten Local EDMX File: Seine Remote-Verbindung kann nur Basisauthentifizierung.',
  'handover.note.edmxBasic':
    'Speichern Sie die Metadaten unter diesem Namen und wählen Sie im Model-Operation-Assistenten Local EDMX File (oder Remote mit dem Credential Name).',
  'handover.otherServices':
    'Die weiteren Services der Kommunikationsvereinbarung: Jeder braucht einen eigenen OData-Empfängeradapter mit dieser Address; Proxy Type, Authentication, Alias bzw. Credential und CSRF Protected bleiben wie oben. Resource Path, Query Options und die EDMX-Datei kommen aus den Metadaten dieses Service.',

  'dialog.saveMetadata': 'Metadaten sichern (.edmx)',
  'dialog.metadataFiles': 'OData-Metadaten',
  'dialog.exportHandover': 'Übergabe für Cloud Integration exportieren',
  'dialog.textFiles': 'Text',

  'dialog.saveReport': 'Support-Bericht sichern',
  'dialog.reportFiles': 'Markdown',
  'report.title': 'C4C Connect: Bericht zum Verbindungstest',
  'report.noSecrets':
    'Dieser Bericht enthält kein Kennwort, keinen privaten Schlüssel und keine Schlüsselpaardatei: nur, was der Test vom Tenant gesehen hat, und die öffentlichen Angaben der Zertifikate.',
  'report.createdAt': 'Erstellt (UTC)',
  'report.app': 'App',
  'report.os': 'Betriebssystem',
  'report.connection': 'Verbindung',
  'report.authentication': 'Anmeldung',
  'report.auth.client-certificate': 'Clientzertifikat',
  'report.auth.basic': 'technischer Benutzer und Kennwort',
  'report.auth.none': 'keine',
  'report.overall': 'Ergebnis',
  'report.clientCertificate': 'Clientzertifikat der Verbindung beim Test',
  'report.service': 'Service',
  'report.url': 'URL',
  'report.startedAt': 'Gestartet (UTC)',
  'report.totalMs': 'Gesamtdauer (ms)',
  'report.diagnosis': 'Diagnose',
  'report.c4cError': 'Fehler von C4C',
  'report.stages': 'Schritte',
  'report.stage': 'Schritt',
  'report.result': 'Ergebnis',
  'report.error': 'Fehler',
  'report.failed': 'fehlgeschlagen',
  'report.protocol': 'Protokoll und Verschlüsselung',
  'report.clientCertificateSent': 'Clientzertifikat gesendet',
  'report.sent.yes': 'ja',
  'report.sent.no': 'nein',
  'report.sent.unknown':
    'unbekannt (gesendet, falls der Server danach gefragt hat; diese TLS-Bibliothek kann es nicht feststellen)',
  'report.ok': 'in Ordnung',
  'report.verifyError': 'Prüffehler',
  'report.serverChain': 'Die Zertifikate des Servers, wie er sie gesendet hat:',
  'report.subject': 'Inhaber',
  'report.issuer': 'Aussteller',
  'report.validFrom': 'Gültig ab (UTC)',
  'report.validUntil': 'Gültig bis (UTC)',
  'report.sha256': 'SHA-256-Fingerabdruck',
  'report.status': 'Status',
  'report.header': 'Header',
  'report.value': 'Wert',
  'report.notWritten':
    'Der Bericht konnte nicht nach {path} geschrieben werden ({reason}): Wählen Sie einen anderen Ordner oder Dateinamen.',
  'report.written': 'Bericht geschrieben: {markdown} (und {json} daneben).',

  'renewal.steps': [
    'Öffnen Sie in C4C die Kommunikationsvereinbarung, wählen Sie „Edit Credentials“ (englische Oberfläche), legen Sie ein neues Schlüsselpaar (.p12) an, laden Sie es herunter und sichern und aktivieren Sie danach die Vereinbarung mit „Save and Activate“ (englische Oberfläche), sonst verwirft C4C das neue Schlüsselpaar.',
    'Öffnen Sie in C4C Connect die Schlüsselpaare und ersetzen Sie das alte Schlüsselpaar durch die neue Datei (die Verbindungen zeigen weiter darauf).',
    'Ersetzen Sie in Cloud Integration das Schlüsselpaar unter Monitor > Integrations and APIs > Manage Security > Keystore mit demselben Alias.',
    'Starten Sie die Integrationsflüsse, die es nutzen, neu (erneut deployen): Die Verbindung (SSL-Socket) hält den Keystore 24 Stunden im Cache.',
    'Umstellung: Nimmt der Tenant altes und neues Zertifikat nicht gleichzeitig an, vereinbaren Sie eine kurze Ausfallzeit: Integrationsfluss stoppen, Schlüsselpaar in C4C und in Cloud Integration ersetzen, Integrationsfluss wieder starten.',
  ],
  'renewal.notifyExpired':
    '{name}: abgelaufen. Erneuern Sie es unter „Edit Credentials“ (englische Oberfläche) der Vereinbarung und sichern und aktivieren Sie danach die Vereinbarung mit „Save and Activate“ (englische Oberfläche), sonst verwirft C4C das neue Schlüsselpaar.',
  'renewal.notifyDaysLeft.one': '{name}: noch {days} Tag.',
  'renewal.notifyDaysLeft.other': '{name}: noch {days} Tage.',
  'renewal.notifyTitleExpired.one': '{count} Schlüsselpaar ist abgelaufen',
  'renewal.notifyTitleExpired.other': '{count} Schlüsselpaare sind abgelaufen',
  'renewal.notifyTitleSoon.one': '{count} Schlüsselpaar läuft bald ab',
  'renewal.notifyTitleSoon.other': '{count} Schlüsselpaare laufen bald ab',
  'renewal.notifyFooter': 'Die Schritte zur Erneuerung finden Sie in C4C Connect.',
};
