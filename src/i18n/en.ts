/**
 * Every visitor-facing word of the widget, in English: the one place prose lives. Other
 * layers carry codes; views look words up here by key. `{name}` marks a value filled in at
 * run time: a translation keeps the same keys and the same placeholders.
 */
export const en = {
  // Defaults a site owner can replace with attributes.
  defaultTitle: 'MIPTech AI Assistant',
  defaultGreeting: "Hi! I'm the MIPTech assistant. Ask me about our services, pricing, or how to reach us.",

  // Launcher and header.
  launcherOpen: 'Open {title}',
  launcherClose: 'Close {title}',
  launcherUnread: '{label}, {count} unread',
  closeChat: 'Close chat',
  stateIdle: 'Ready',
  stateConnecting: 'Connecting…',
  stateOpen: 'Online',
  stateWaiting: 'Reconnecting…',
  stateSuspended: 'Offline',
  stateClosed: 'Disconnected',

  // The conversation.
  conversation: 'Conversation',
  typing: 'The assistant is typing',
  announceAnswer: '{title}: {content}',
  sending: 'Sending…',
  sent: 'Sent',
  notSent: 'Not sent: {reason}',
  retry: 'Retry',
  sources: 'Sources',
  interrupted: 'This answer was interrupted.',
  regenerate: 'Regenerate',
  regenerateAnswer: 'Regenerate answer',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  thanksForFeedback: 'Thanks for your feedback',
  feedbackQuestion: 'What was wrong with this answer? (optional)',
  feedbackSend: 'Send',
  feedbackSkip: 'Skip',
  suggestedQuestions: 'Suggested questions',
  suggestedFollowUps: 'Suggested follow-up questions',
  copyCode: 'Copy code',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  imageLink: 'Image: {text}',

  // The composer.
  messageLabel: 'Message',
  messagePlaceholder: 'Type your message…',
  sendMessage: 'Send message',
  stopGenerating: 'Stop generating',
  messageTooLong: '{count} / {max} characters: please shorten your message.',

  // Connection status line and the connection error panel.
  connecting: 'Connecting…',
  reconnectingAttempt: 'Reconnecting (attempt {attempt})…',
  reconnectingInAfterServerError: 'Server error. Reconnecting in {seconds} s…',
  reconnectingIn: 'Connection lost. Reconnecting in {seconds} s…',
  offline: 'Offline. The chat reconnects when you are back online.',
  disconnected: 'Disconnected.',
  retryNow: 'Retry now',
  connectionErrorTitle: 'Chat connection error',
  reloadPage: 'Reload page',
  problemServerError: 'The chat service reported a server error (1011) and is being retried slowly.',
  problemAuthFailed: 'The chat service did not accept this widget’s credentials (4001).',
  problemTenantRefused: 'The chat service does not accept this site: the tenant ID is unknown or this address is not allowed (4003).',
  problemPolicyViolation: 'The chat service closed the connection because of a policy violation (4008).',
  problemRateLimited: 'The chat service asked the widget to slow down (4029).',
  problemHeartbeatTimeout: 'The connection stopped answering.',
  problemChatNotFound: 'The chat service no longer knows this conversation.',
  problemUnreachable: 'The chat service could not be reached.',
  problemUnreachableCode: 'The chat service could not be reached (close code {code}).',

  // Why a REST call failed ({detail} is the platform's own explanation, when it gave one).
  apiNetwork: 'The chat service could not be reached. Check your connection, or the service may be down.',
  apiTimeout: 'The chat service did not answer in time.',
  apiBadResponse: 'The chat service sent an answer the widget does not understand.',
  apiNotAllowed: 'This site is not allowed to use the chat service.',
  apiNotFound: 'The chat service does not know this conversation.',
  apiTooLong: 'That message is too long.',
  apiRateLimited: 'Too many messages at once; please wait a moment.',
  apiServerError: 'The chat service has a problem of its own (HTTP {status}).',
  apiRefused: 'The chat service refused the request (HTTP {status}).',
  apiDetail: '{reason} ({detail})',

  // Events for the host page.
  sendFailed: 'The message could not be sent.',
  feedbackFailed: 'Your feedback could not be sent.',
  messageLimit: 'Messages are limited to {max} characters.',

  // A broken configuration, for the site owner.
  configTitle: 'This chat widget is not set up correctly',
  configIntroOne: 'The site owner needs to fix this attribute on {tag}:',
  configIntroMany: 'The site owner needs to fix these attributes on {tag}:',
  configTenant: 'Tenant IDs are 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
  configNotAbsolute: '"{value}" is not an absolute URL; write it in full, like {example}.',
  configScheme: '"{value}" must start with {schemes}.',
  configQueryOrFragment: '"{value}" must not carry a query or fragment.',
  configMixedHttp: 'This page is served over https, so the browser blocks an http API. Use https://.',
  configMixedWs: 'This page is served over https, so the browser blocks ws://. Use wss://.',
  configOneOf: 'Use one of: {options}.',
  configColor: 'Not a CSS colour this browser understands; try a hex value like #2563eb.',
  or: '{a} or {b}',

  // The `debug` diagnostics panel, for the site owner.
  diagnostics: 'Connection diagnostics',
  diagnosticsTitle: 'MIPTech Connection Test',
  retest: 'Retest',
  probeIdle: 'idle',
  probeTesting: 'testing',
  probeSuccess: 'success',
  probeFailed: 'failed',
  probeNoHandshake: 'Connection timeout: no auth_success within {seconds} s',
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
} as const;

export type StringKey = keyof typeof en;
/** A complete catalogue: every key of the English one. */
export type Catalogue = Readonly<Record<StringKey, string>>;
