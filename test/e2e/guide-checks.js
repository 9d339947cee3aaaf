// Runs in the browser, on the test's page (another origin than the platform): the integration
// guide's own client, unmodified, through every check its "Testing & Debugging" section and its
// services promise. Results land in window.guideResults; window.guideDone when all have run.
// `window.process.env` is the guide's .env (development), set by the page before this runs.
const results = {};
const logs = [];
for (const level of ['log', 'warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    logs.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
    original(...args);
  };
}

function safeJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

async function check(name, body) {
  try {
    const detail = await body();
    results[name] = { ok: true, detail };
  } catch (error) {
    results[name] = { ok: false, detail: String(error?.message ?? error) };
  }
}

const { platform, fallbackPlatform } = window.guideConfig;

await check('health, with its fallback', async () => {
  const { default: api } = await import('/guide/miptechApi.js');
  const direct = await api.testConnection();
  if (!direct.connected || direct.data?.status !== 'healthy') throw new Error(`testConnection: ${safeJson(direct)}`);
  if (!logs.some((l) => l.includes('[API] Connection test successful'))) throw new Error('/api/v1/health did not answer: only its fallback did');
  // A platform whose /api/v1/health is gone: the guide falls back to /healthz.
  window.process.env.REACT_APP_MIPTECH_API_URL = fallbackPlatform;
  const { default: older } = await import('/guide/miptechApi.js?fallback');
  window.process.env.REACT_APP_MIPTECH_API_URL = platform;
  const fallback = await older.testConnection();
  if (!fallback.connected || !logs.some((l) => l.includes('Fallback health check successful'))) throw new Error(`the fallback: ${safeJson(fallback)}`);
  return { direct: direct.data, fallback: fallback.data };
});

/** The console test logs the health body alone: `{"status":"healthy",…}`. */
const consoleHealth = (line) => line.startsWith('{') && line.includes('"status":"healthy"');
const consoleRun = (async () => {
  const script = document.createElement('script');
  script.src = '/guide/console-tests.js';
  document.head.append(script);
  await until(() => logs.some(consoleHealth) && logs.some((l) => l.includes('WebSocket connected')), 5000);
})();

await check('the console fetch', async () => {
  await consoleRun;
  const health = logs.find(consoleHealth);
  if (!health) throw new Error(`no health in the console: ${logs.join(' | ')}`);
  return JSON.parse(health);
});

const { default: websocketManager } = await import('/guide/websocketManager.js');
const heard = [];
const disconnects = [];
websocketManager.on('message', (data) => heard.push(data));
websocketManager.on('disconnected', (event) => disconnects.push(event));

await check('the console WebSocket: connected, and stays open', async () => {
  await consoleRun;
  await sleep(1500);
  if (!logs.some((l) => l.includes('✅ WebSocket connected'))) throw new Error('not connected');
  const closed = logs.find((l) => l.includes('❌ WebSocket closed'));
  if (closed) throw new Error(closed);
  return 'open';
});

await check('connect, and stay open with no 1011', async () => {
  const connected = new Promise((resolve) => websocketManager.on('connected', resolve));
  websocketManager.connect();
  await Promise.race([connected, sleep(5000).then(() => Promise.reject(new Error('no connected event in 5 s')))]);
  await sleep(2000);
  const status = websocketManager.getStatus();
  if (!status.isConnected || disconnects.length > 0) throw new Error(`closed: ${safeJson(disconnects)}`);
  return { sessionId: status.sessionId, frames: heard.map((f) => f.type) };
});

await check('ping', async () => {
  const pong = new Promise((resolve) => websocketManager.on('pong', resolve));
  if (!websocketManager.ping()) throw new Error('ping was not sent');
  return Promise.race([pong, sleep(3000).then(() => Promise.reject(new Error('no pong in 3 s')))]);
});

const { default: miptechApi } = await import('/guide/miptechApi.js');
let chat = null;
await check('createChat', async () => {
  chat = await miptechApi.createChat(websocketManager.getStatus().sessionId, 'guide-visitor');
  if (!chat?.id) throw new Error(`no chat id: ${safeJson(chat)}`);
  return chat.id;
});

const QUESTION = 'What services does MIPTech offer?';
await check('sendMessage', async () => {
  const message = await miptechApi.sendMessage(chat?.id, QUESTION);
  if (message?.role !== 'user' || message.content !== QUESTION) throw new Error(`not the question: ${safeJson(message)}`);
  return message.id;
});

await check('the history holds the question and an answer', async () => {
  let history = null;
  const answered = await until(async () => {
    history = await miptechApi.getChatHistory(chat?.id);
    return history?.messages?.some((m) => m.role === 'assistant' && m.content.length > 0);
  }, 20_000);
  if (!answered) throw new Error(`no answer: ${safeJson(history)}`);
  const roles = history.messages.map((m) => m.role);
  if (history.messages[0].content !== QUESTION) throw new Error(`not the question first: ${safeJson(roles)}`);
  // The guide's socket is the chat's session: the answer streamed to it too.
  return { roles, streamedToTheSocket: heard.some((f) => f.type === 'response_complete') };
});

websocketManager.disconnect();
window.guideResults = results;
window.guideDone = true;
