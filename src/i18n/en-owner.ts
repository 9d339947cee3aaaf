/**
 * The site owner's words in English: the `debug` diagnostics and a broken configuration
 * explained. They arrive with the owner's chunk (chat/debug.ts), which visitors of a working
 * site never fetch; the rest of the catalogue is en.ts and en-chat.ts.
 */
export const enOwner = {
  // The `debug` diagnostics panel.
  diagnostics: 'Connection diagnostics',
  diagnosticsTitle: 'MIPTech Connection Test',
  retest: 'Retest',
  probeIdle: 'idle',
  probeTesting: 'testing',
  probeSuccess: 'success',
  probeFailed: 'failed',
  probeNoHandshake: 'Connection timeout: no auth_success within {seconds} s',
  probeNoAck: 'the platform did not acknowledge auth (no auth_success): the link counts as open after it stayed up',
  tabs: 'Tabs',
  tabsOwner: 'this tab holds the connection the site’s tabs share',
  tabsFollower: 'another tab holds the connection; this tab receives through it',
  tabsOwn: 'a connection of its own (this browser cannot share one between tabs)',
  probeNoWebSocket: 'Could not open a WebSocket',
  probeServerConfig: 'Server configuration error (1011): the platform failed while setting up the chat.',
  probeUnreachable: 'Closed before the handshake (code {code}): the server is unreachable or refused the upgrade.',
  storagePersistent: 'persistent',
  storageMemory: 'memory',
  storageMissing: 'no localStorage in this browser',
  storageUnavailable: 'localStorage is unavailable',
  storageReadRefused: 'localStorage refused a read',
  storageWriteRefused: 'localStorage refused a write',
  droppedFrames: 'dropped frames',
  session: 'session',
  storage: 'storage',

  // A broken configuration, attribute by attribute.
  configTitle: 'This chat widget is not set up correctly',
  configIntroOne: 'The site owner needs to fix this attribute on {tag}:',
  configIntroMany: 'The site owner needs to fix these attributes on {tag}:',
  configTenant: 'Tenant IDs are 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
  configNotAbsolute: '"{value}" is not an absolute URL; write it in full, like {example}.',
  configScheme: '"{value}" must start with {schemes}.',
  configQueryOrFragment: '"{value}" must not carry a query or fragment.',
  configCredentials: 'A URL must not carry a user name or password: they would travel with every connection.',
  configMixedHttp: 'This page is served over https, so the browser blocks an http API. Use https://.',
  configMixedWs: 'This page is served over https, so the browser blocks ws://. Use wss://.',
  configOneOf: 'Use one of: {options}.',
  configNotAnOrigin:
    '"{value}" is not an origin: give only the scheme, host and port, like https://images.example.com.',
  configColor: 'Not a CSS colour this browser understands; try a hex value like #2563eb.',
  or: '{a} or {b}',
} as const;
