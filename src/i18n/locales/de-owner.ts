/** The site owner's words in German (en-owner.ts has the English). */
import type { OwnerWords } from '../strings.js';

export const words = {
  diagnostics: 'Verbindungsdiagnose',
  diagnosticsTitle: 'MIPTech-Verbindungstest',
  retest: 'Erneut testen',
  probeIdle: 'bereit',
  probeTesting: 'wird getestet',
  probeSuccess: 'erfolgreich',
  probeFailed: 'fehlgeschlagen',
  probeNoHandshake: 'Zeitüberschreitung: kein auth_success innerhalb von {seconds} s',
  probeNoAck:
    'die Plattform hat auth nicht bestätigt (kein auth_success): die Verbindung gilt als offen, weil sie bestehen blieb',
  tabs: 'Tabs',
  tabsOwner: 'dieser Tab hält die Verbindung, die sich die Tabs der Website teilen',
  tabsFollower: 'ein anderer Tab hält die Verbindung; dieser empfängt über sie',
  tabsOwn: 'eine eigene Verbindung (dieser Browser kann keine zwischen Tabs teilen)',
  probeNoWebSocket: 'WebSocket konnte nicht geöffnet werden',
  probeServerConfig: 'Serverkonfigurationsfehler (1011): Die Plattform ist beim Einrichten des Chats gescheitert.',
  probeUnreachable:
    'Vor dem Handshake geschlossen (Code {code}): Der Server ist nicht erreichbar oder hat das Upgrade abgelehnt.',
  storagePersistent: 'dauerhaft',
  storageMemory: 'Arbeitsspeicher',
  storageMissing: 'kein localStorage in diesem Browser',
  storageUnavailable: 'localStorage ist nicht verfügbar',
  storageReadRefused: 'localStorage hat ein Lesen verweigert',
  storageWriteRefused: 'localStorage hat ein Schreiben verweigert',
  droppedFrames: 'verworfene Frames',
  session: 'Sitzung',
  storage: 'Speicher',
  configTitle: 'Dieses Chat-Widget ist nicht richtig eingerichtet',
  configIntroOne: 'Der Websitebetreiber muss dieses Attribut von {tag} korrigieren:',
  configIntroMany: 'Der Websitebetreiber muss diese Attribute von {tag} korrigieren:',
  configTenant:
    'Mandanten-IDs bestehen aus 1–64 Buchstaben, Ziffern, „.“, „_“ oder „-“ und beginnen mit einem Buchstaben oder einer Ziffer.',
  configNotAbsolute: '„{value}“ ist keine absolute URL; schreiben Sie sie vollständig, etwa {example}.',
  configScheme: '„{value}“ muss mit {schemes} beginnen.',
  configQueryOrFragment: '„{value}“ darf keine Query und kein Fragment enthalten.',
  configCredentials:
    'Eine URL darf keinen Benutzernamen und kein Passwort enthalten: Sie würden mit jeder Verbindung mitgeschickt.',
  configMixedHttp:
    'Diese Seite wird über https ausgeliefert, daher blockiert der Browser eine http-API. Verwenden Sie https://.',
  configMixedWs: 'Diese Seite wird über https ausgeliefert, daher blockiert der Browser ws://. Verwenden Sie wss://.',
  configOneOf: 'Verwenden Sie einen dieser Werte: {options}.',
  configNotAnOrigin:
    '„{value}“ ist kein Origin: Geben Sie nur Schema, Host und Port an, etwa https://images.example.com.',
  configColor: 'Keine CSS-Farbe, die dieser Browser versteht; versuchen Sie einen Hex-Wert wie #2563eb.',
  or: '{a} oder {b}',
} satisfies OwnerWords;
