/**
 * Visitor-facing words, in English: the one place prose lives (with en-chat.ts). Other layers
 * carry codes; views look words up by key. `{name}` marks a value filled in at run time: a
 * translation keeps the same keys and the same placeholders. This part is what the loader needs
 * (the launcher, and what stands in for the panel until the chat arrives); the chat's words arrive
 * with it.
 */
export const en = {
  // Defaults a site owner can replace with attributes.
  defaultTitle: 'MIPTech AI Assistant',

  // The launcher.
  launcherOpen: 'Open {title}',
  launcherClose: 'Close {title}',
  launcherUnread: '{label}, {count} unread',
  launcherProblem: '{label} (not set up correctly)',

  // Until the chat arrives (and in it: Retry, and while the site owner's chunk loads).
  retry: 'Retry',
  chatLoading: 'Loading the chat…',
  chatLoadFailed: 'The chat could not be loaded. Check your connection, then try again.',

  // Events for the host page.
  messageLimit: 'Messages are limited to {max} characters.',
} as const;
