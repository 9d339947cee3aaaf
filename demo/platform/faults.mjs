// Fault switches, for the demo and the tests. Set with --fault NAME[=VALUE] (repeatable) or
// MIPTECH_FAULTS="NAME[=VALUE],…"; with --control, also at run time (POST /__control/faults).
//
//   ws-1011              accept every WebSocket, then close it at once with 1011 (the guide's
//                        known platform blocker: vector store initialisation failed)
//   latency=MS           delay every REST answer by MS milliseconds
//   rest-slow=MS         the same, but only for chat calls (health stays fast)
//   rest-fail=STATUS     answer chat REST calls with STATUS (default 503) and a JSON detail
//   drop-mid-answer      close the sockets of a chat (1006-like, no close frame) halfway
//                        through streaming an answer; the answer is still finished and stored
//   malformed-frames     mix malformed and unknown frames into every streamed answer
//   lose-send-response   store a sent message, then drop the connection without answering
//                        (once per client_message_id): the client must retry and not duplicate
//   no-auth-ack          accept `auth` without ever answering `auth_success`, as the platform
//                        the integration guide was written for may (the socket works otherwise)
//   health-404           answer 404 on /api/v1/health, so only the fallback /healthz answers
//                        (the case the guide's testConnection falls back for)
//   late-join            `auth` takes 800 ms; an answer goes only to the sockets joined when it
//                        starts (a per-chat broadcast, as MIPTech's platform does), and a socket
//                        that joins mid-answer gets nothing replayed
//   lost-answer          store each answer, but stream nothing of it
//   stall                stream half of each answer, then nothing: it completes only in storage
export const FAULT_NAMES = ['ws-1011', 'latency', 'rest-slow', 'rest-fail', 'drop-mid-answer', 'malformed-frames', 'lose-send-response', 'no-auth-ack', 'health-404', 'late-join', 'lost-answer', 'stall'];

/** "a,b=3" or ["a", "b=3"] → { a: true, b: 3 }. Throws on an unknown name. */
export function parseFaults(spec) {
  const faults = {};
  const items = Array.isArray(spec) ? spec : String(spec ?? '').split(',');
  for (const item of items.map((s) => s.trim()).filter(Boolean)) {
    const [name, value] = item.split('=');
    if (!FAULT_NAMES.includes(name)) throw new Error(`unknown fault "${name}"; known: ${FAULT_NAMES.join(', ')}`);
    faults[name] = value === undefined ? true : Number.isNaN(Number(value)) ? value : Number(value);
  }
  return faults;
}
