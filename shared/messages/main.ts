/**
 * What main itself says: its native dialogs (titles, file type names), its menu and the errors its
 * handlers raise. Part of the one catalog (./say.ts merges it), apart from ./en.ts so neither file
 * outgrows its size. German with the renderer's words (Verbindungen, Schlüsselpaare, Einstellungen).
 */
export const MAIN_EN = {
  // ── save dialogs ──────────────────────────────────────────────────────────────────────────
  'dialog.exportKeyPair': 'Export key pair',
  'dialog.exportCertificate': 'Export certificate',
  'dialog.keyPairFiles': 'Key pair (PKCS#12)',
  'dialog.certificatePem': 'Certificate (PEM)',
  'dialog.certificateDer': 'Certificate (DER)',
  'dialog.saveCsr': 'Save certificate request',
  'dialog.csrFiles': 'Certificate request (PKCS#10)',
  'dialog.exportConnections': 'Export connections',
  'dialog.connectionFiles': 'C4C Connect connections',

  // ── menu (Electron's role items name themselves in English: every label is set here) ─────
  'menu.file': '&File',
  'menu.newConnection': 'New Connection…',
  'menu.importKeyPair': 'Import Key Pair…',
  'menu.settings': 'Settings',
  'menu.quit': 'Quit C4C Connect',
  'menu.close': 'Close Window',
  'menu.edit': '&Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': '&View',
  'menu.home': 'Connections',
  'menu.keyPairs': 'Key Pairs',
  'menu.resetZoom': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.fullScreen': 'Toggle Full Screen',
  'menu.help': '&Help',
  'menu.about': 'About C4C Connect',
  'menu.services': 'Services',
  'menu.hide': 'Hide C4C Connect',
  'menu.hideOthers': 'Hide Others',
  'menu.unhide': 'Show All',
  'menu.pasteAndMatchStyle': 'Paste and Match Style',
  'menu.delete': 'Delete',

  // ── names main gives ──────────────────────────────────────────────────────────────────────
  'name.practiceKeyPair': 'Practice key pair',

  // ── access check cells without a diagnosis of their own ──────────────────────────────────
  'access.UNREACHABLE.title': 'No answer from the tenant',
  'access.UNREACHABLE.advice':
    'Run the connection test: it tells which step (name, network, TLS, login) fails.',
  'access.CANCELLED.title': 'Not checked (cancelled)',

  // ── errors main's handlers raise ──────────────────────────────────────────────────────────
  'main.practiceNotRunning': 'The practice tenant is not running. Start it on the tenant step first.',
  'main.credentialsKept': 'Nothing was saved: the stored credentials stay with the old address.',
  'main.proxyNotManual': 'Choose a manual proxy for this connection before you enter its password.',
  'main.keyPairShared':
    'The key pair is also used by "{name}". Delete only the connection, or change the other connection first.',
  'main.connectionGone': 'This connection no longer exists. Choose another one.',
  'main.exportPasswordMissing': 'Type a new password for the exported file.',
  'main.fileNotOriginal':
    'This file is no longer the one you imported (moved or changed). Delete it yourself if you no longer need it.',
  'main.trashUnavailable': 'Moving files to the trash is not available here.',
  'main.linkNotAllowed': 'This link is not on the list of sites C4C Connect opens.',
  'main.testFirst': 'Test the connection first: the report describes its latest test.',
  'main.switchRefused':
    'C4C Connect does not start with {switches}: these options would let another program watch or steer the app. Start it without them.',
} as const satisfies Record<string, string>;

export type MainMessageKey = keyof typeof MAIN_EN;

export const MAIN_DE: Record<MainMessageKey, string> = {
  'dialog.exportKeyPair': 'Schlüsselpaar exportieren',
  'dialog.exportCertificate': 'Zertifikat exportieren',
  'dialog.keyPairFiles': 'Schlüsselpaar (PKCS#12)',
  'dialog.certificatePem': 'Zertifikat (PEM)',
  'dialog.certificateDer': 'Zertifikat (DER)',
  'dialog.saveCsr': 'Zertifikatsanforderung sichern',
  'dialog.csrFiles': 'Zertifikatsanforderung (PKCS#10)',
  'dialog.exportConnections': 'Verbindungen exportieren',
  'dialog.connectionFiles': 'C4C-Connect-Verbindungen',

  'menu.file': '&Datei',
  'menu.newConnection': 'Neue Verbindung…',
  'menu.importKeyPair': 'Schlüsselpaar importieren…',
  'menu.settings': 'Einstellungen',
  'menu.quit': 'C4C Connect beenden',
  'menu.close': 'Fenster schließen',
  'menu.edit': '&Bearbeiten',
  'menu.undo': 'Rückgängig',
  'menu.redo': 'Wiederholen',
  'menu.cut': 'Ausschneiden',
  'menu.copy': 'Kopieren',
  'menu.paste': 'Einfügen',
  'menu.selectAll': 'Alles auswählen',
  'menu.view': '&Ansicht',
  'menu.home': 'Verbindungen',
  'menu.keyPairs': 'Schlüsselpaare',
  'menu.resetZoom': 'Originalgröße',
  'menu.zoomIn': 'Vergrößern',
  'menu.zoomOut': 'Verkleinern',
  'menu.fullScreen': 'Vollbild ein/aus',
  'menu.help': '&Hilfe',
  'menu.about': 'Über C4C Connect',
  'menu.services': 'Dienste',
  'menu.hide': 'C4C Connect ausblenden',
  'menu.hideOthers': 'Andere ausblenden',
  'menu.unhide': 'Alle einblenden',
  'menu.pasteAndMatchStyle': 'Einsetzen und Stil anpassen',
  'menu.delete': 'Löschen',

  'name.practiceKeyPair': 'Übungs-Schlüsselpaar',

  'access.UNREACHABLE.title': 'Keine Antwort vom Tenant',
  'access.UNREACHABLE.advice':
    'Führen Sie den Verbindungstest aus: Er zeigt, welcher Schritt (Name, Netzwerk, TLS, Anmeldung) scheitert.',
  'access.CANCELLED.title': 'Nicht geprüft (abgebrochen)',

  'main.practiceNotRunning': 'Der Übungs-Tenant läuft nicht. Starten Sie ihn zuerst im Schritt „Tenant“.',
  'main.credentialsKept':
    'Nichts wurde gesichert: Die gespeicherten Zugangsdaten bleiben bei der alten Adresse.',
  'main.proxyNotManual':
    'Wählen Sie für diese Verbindung einen manuellen Proxy, bevor Sie sein Kennwort eingeben.',
  'main.keyPairShared':
    'Das Schlüsselpaar wird auch von „{name}“ verwendet. Löschen Sie nur die Verbindung oder ändern Sie zuerst die andere Verbindung.',
  'main.connectionGone': 'Diese Verbindung existiert nicht mehr. Wählen Sie eine andere.',
  'main.exportPasswordMissing': 'Geben Sie ein neues Kennwort für die exportierte Datei ein.',
  'main.fileNotOriginal':
    'Diese Datei ist nicht mehr die importierte (verschoben oder geändert). Löschen Sie sie selbst, wenn Sie sie nicht mehr brauchen.',
  'main.trashUnavailable': 'Dateien in den Papierkorb zu verschieben ist hier nicht möglich.',
  'main.linkNotAllowed': 'Dieser Link gehört nicht zu den Seiten, die C4C Connect öffnet.',
  'main.testFirst': 'Testen Sie zuerst die Verbindung: Der Bericht beschreibt ihren letzten Test.',
  'main.switchRefused':
    'C4C Connect startet nicht mit {switches}: Mit diesen Optionen könnte ein anderes Programm die App beobachten oder steuern. Starten Sie sie ohne diese Optionen.',
};
