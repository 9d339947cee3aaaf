/**
 * The launcher's icons as path data: the loader draws them with the DOM (dom.ts's `icon`), and
 * the chat draws the × too (Lit templates: icons.ts), so it is written once.
 */
export const CHAT_PATH =
  'M12 3C6.5 3 2 6.9 2 11.6c0 2.4 1.2 4.6 3.1 6.1L4.3 21.2c-.1.4.3.7.7.5l3.9-1.9c1 .3 2 .4 3.1.4' +
  ' 5.5 0 10-3.9 10-8.6S17.5 3 12 3Z';
export const CLOSE_PATH = 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6Z';
