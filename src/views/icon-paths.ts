/**
 * The widget's own icons as path data, shared by the loader (drawn with the DOM: dom.ts's `icon`)
 * and the chat (Lit templates: icons.ts), so each is written once.
 */
export const CHAT_PATH =
  'M12 3C6.5 3 2 6.9 2 11.6c0 2.4 1.2 4.6 3.1 6.1L4.3 21.2c-.1.4.3.7.7.5l3.9-1.9c1 .3 2 .4 3.1.4' +
  ' 5.5 0 10-3.9 10-8.6S17.5 3 12 3Z';
export const CLOSE_PATH = 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6Z';
export const SPARK_PATH =
  'm12 2 2.1 6.3L20.5 10l-6.4 2.1L12 18.5l-2.1-6.4L3.5 10l6.4-1.7ZM19 15l.9 2.6 2.6.9-2.6.9L19' +
  ' 22l-.9-2.6-2.6-.9 2.6-.9Z';
