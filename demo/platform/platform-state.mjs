// What the platform's modules share, as one frozen object: no module can assign to it. The
// settings are fixed at start. What changes while the platform runs changes only through the
// method of the one part that owns it:
//   count(name)           the counters the tests read (/__control/stats), counted where things happen
//   switchFaults(spec)    the faults, switched by /__control/faults
//   revokeTokens()        the token generation, moved on by /__control/revoke-tokens
//   listening(url)        the address, recorded by the server once it listens
//   closing()             the server is closing: answers still streaming stop
// and the realtime hub (the socket half), made once by `hub(state)` at start.
import { parseFaults } from './faults.mjs';

/**
 * `settings`: tenants, knowledge, store, dialect, strict, streamDelayMs, thinkMs, control,
 * demoBackend, joinDeadlineMs, log. `faults`: the faults to start with (a spec for parseFaults).
 * `hub(state)`: makes the realtime hub, which is handed the state it is part of.
 */
export function platformState(settings, faults, hub) {
  let current = Object.freeze(parseFaults(faults));
  const counts = { connections: 0, feedback: 0, cancelled: 0, tokens: 0 };
  /** Frames the platform received from clients, by type (realtime dialects). */
  const clientFrames = {};
  let tokenGeneration = 0;
  let publicUrl = '';
  let closed = false;
  let made = null;
  const state = Object.freeze({
    ...settings,
    get faults() {
      return current;
    },
    get tokenGeneration() {
      return tokenGeneration;
    },
    get publicUrl() {
      return publicUrl;
    },
    get closed() {
      return closed;
    },
    get hub() {
      return made;
    },
    /** Counts one more of `name` (connections, feedback, cancelled, tokens). */
    count(name) {
      if (!(name in counts)) throw new Error(`no counter "${name}"`);
      counts[name] += 1;
    },
    /** Counts a frame of `type` a client sent. */
    countFrame(type) {
      clientFrames[type] = (clientFrames[type] ?? 0) + 1;
    },
    /** The counters as they stand (a copy), with the client frames when any came. */
    counts() {
      return { ...counts, ...(Object.keys(clientFrames).length ? { clientFrames: { ...clientFrames } } : {}) };
    },
    switchFaults(spec) {
      current = Object.freeze(parseFaults(spec));
      return current;
    },
    revokeTokens() {
      tokenGeneration += 1;
      return tokenGeneration;
    },
    listening(url) {
      publicUrl = url;
    },
    closing() {
      closed = true;
    },
  });
  made = hub(state);
  return state;
}
