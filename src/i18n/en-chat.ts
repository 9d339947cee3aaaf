/** The chat's words in English (the rest of the catalogue, en.ts): they arrive with the chat chunk. */
export const enChat = {
  // Defaults a site owner can replace with attributes.
  defaultGreeting: "Hi! I'm the MIPTech assistant. Ask me about our services, pricing, or how to reach us.",

  // The panel's header.
  aiLabel: 'AI assistant',
  closeChat: 'Close chat',
  // A chunk the panel needs (the site owner's) could not be fetched.
  connectionErrorTitle: 'Chat connection error',

  // The conversation.
  conversation: 'Conversation',
  showEarlier: 'Show earlier messages ({count})',
  typing: 'The assistant is typing',
  answering: '{title} is answering…',
  readAsTheyArrive: 'Read answers aloud as they arrive',
  announceAnswer: '{title}: {content}',
  sending: 'Sending…',
  sent: 'Sent',
  notSent: 'Not sent: {reason}',
  sources: 'Sources',
  citation: 'Source {n}',
  messageTime: '{at, time}',
  messageDay: '{at, day}',
  interrupted: 'This answer was interrupted.',
  noAnswer: 'No answer arrived.',
  regenerate: 'Regenerate',
  regenerateAnswer: 'Regenerate answer',
  versionLabel: 'Answer {n} of {total}',
  versionOf: '{n}/{total}',
  previousVersion: 'Previous answer',
  nextVersion: 'Next answer',
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
  tableCut: 'The table goes on for {count, plural, one {# more row} other {# more rows}}, not shown.',
  answerCut: 'This answer is too long to format in full.',
  blockAsText: 'Shown as plain text: too large or too deeply nested to format.',
  renderFailed: 'Shown as plain text: this part could not be formatted.',
  showRest: 'Show the rest as plain text',

  // The composer.
  messageLabel: 'Message',
  messagePlaceholder: 'Type your message…',
  sendMessage: 'Send message',
  stopGenerating: 'Stop generating',
  messageTooLong: '{count} / {max} characters: please shorten your message.',
  pasteTooLong:
    'Pasted {count} characters: the first {kept} went in (all of it is still on your clipboard). A message holds {max}.',

  // Connection status line and the connection error panel.
  connecting: 'Connecting…',
  reconnectingAttempt: 'Reconnecting (attempt {attempt})…',
  connectingAttempt: 'Connecting (attempt {attempt})…',
  connectingIn: 'Can’t reach the chat yet. Trying again in {seconds} s…',
  connectingSoon: 'Can’t reach the chat yet. Trying again…',
  reconnectingInAfterServerError: 'Server error. Reconnecting in {seconds} s…',
  reconnectingIn: 'Connection lost. Reconnecting in {seconds} s…',
  reconnectingSoon: 'Connection lost. Reconnecting…',
  reconnectingSoonAfterServerError: 'Server error. Reconnecting…',
  offline: 'Offline. The chat reconnects when you are back online.',
  disconnected: 'Disconnected.',
  retryNow: 'Retry now',
  discard: 'Discard',
  // Who said what, for screen readers (not only colour and side).
  youSaid: 'You said:',
  speakerSaid: '{name} said:',
  sendTooFast: 'That was quick: wait a moment, then send again.',
  storageDiscarded:
    '{count, plural, one {# invalid stored value} other {# invalid stored values}} dropped; started afresh.',
  reloadPage: 'Reload page',
  bannerRetryingTitle: 'Can’t reach the chat right now.',
  bannerRetryingBody:
    'It keeps trying on its own. Your conversation is safe here, and messages you write are sent once it’s back.',
  bannerStoppedTitle: 'The chat is unavailable.',
  willSendOnline: 'Will be sent when you’re back online',
  waitingToSend: 'Waiting to send',
  problemServerError: 'The chat service reported a server error and is being retried slowly.',
  problemAuthFailed: 'The chat service did not accept this widget’s credentials.',
  problemTenantRefused:
    'The chat service does not accept this site: the tenant ID is unknown or this address is not allowed.',
  problemPolicyViolation: 'The chat service closed the connection because of a policy violation.',
  problemRateLimited: 'The chat service asked the widget to slow down.',
  problemHeartbeatTimeout: 'The connection stopped answering.',
  liveUnavailable: 'Live updates are unavailable on this page. Answers arrive every few seconds.',
  problemChatNotFound: 'The chat service no longer knows this conversation.',
  problemUnreachable: 'The chat service could not be reached.',

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

  // consent="required": the notice before anything is stored or sent.
  consentTitle: 'Before we chat',
  consentNotice:
    'This chat is provided by MIPTech. Your messages are sent to MIPTech to be answered, and this browser keeps the conversation so you can come back to it.',
  consentAccept: 'Accept and chat',
  consentDecline: 'No thanks',

  // Events for the host page.
  sendFailed: 'The message could not be sent.',
  feedbackFailed: 'Your feedback could not be sent.',
} as const;
