/**
 * The realtime dialect's chunk (fetched the first time a platform speaks it, never by a page
 * whose platform speaks the guide's): the link that reads it, and the transcript kept in
 * storage because such a platform keeps no history for the widget to fetch.
 */
export { RealtimeLink } from '../socket/realtime-link.js';
export { Transcript } from './transcript.js';
export { ask } from './socket-question.js';
