/**
 * Visitor-facing words, in English: the one place prose lives (with en-chat.ts). Other layers
 * carry codes; views look words up by key. `{name}` marks a value filled in at run time: a
 * translation keeps the same keys and the same placeholders. This part is what the loader needs
 * (the launcher, the panel's frame, a broken configuration); the chat's words arrive with it.
 */
export const en = {
  // Defaults a site owner can replace with attributes.
  defaultTitle: 'MIPTech AI Assistant',

  // Launcher and header.
  launcherOpen: 'Open {title}',
  launcherClose: 'Close {title}',
  launcherUnread: '{label}, {count} unread',
  launcherProblem: '{label} (not set up correctly)',
  closeChat: 'Close chat',

  // The conversation.
  retry: 'Retry',

  // Connection status line and the connection error panel.
  connectionErrorTitle: 'Chat connection error',
  chatLoading: 'Loading the chat…',
  chatLoadFailed: 'The chat could not be loaded. Check your connection, then try again.',

  // Events for the host page.
  messageLimit: 'Messages are limited to {max} characters.',

  // A broken configuration, for the site owner.
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
  configNotAnOrigin: '"{value}" is not an origin: give only the scheme, host and port, like https://images.example.com.',
  configColor: 'Not a CSS colour this browser understands; try a hex value like #2563eb.',
  or: '{a} or {b}',
} as const;
