// The signed-in demo: a site's own account page wiring the assistant in through its properties.
// The reference platform plays the site's server here: it hands out tokens (/demo/token) and
// signs visitors in (/demo/login), computing the HMAC a real site computes on its own server.
const chat = document.querySelector('miptech-chat');
const platform = chat.getAttribute('api-url');
const tenant = chat.getAttribute('tenant-id');
const PLANS = { ada: 'pro', grace: 'enterprise' };

const post = async (path, body) => {
  const response = await fetch(`${platform}${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
};

// Called before the first request, and again when the platform says the token went stale.
chat.getAuthToken = async () => (await post('/demo/token', { tenant_id: tenant })).token;

const who = document.querySelector('#who');
const logout = document.querySelector('#logout');

async function logIn(user) {
  const { visitor } = await post('/demo/login', { tenant_id: tenant, user });
  chat.visitor = visitor;
  chat.context = { plan: PLANS[user], account_page: location.pathname };
  who.textContent = `Signed in as ${visitor.name} (${visitor.email}), ${PLANS[user]} plan.`;
  logout.disabled = false;
}

for (const button of document.querySelectorAll('[data-login]')) button.addEventListener('click', () => void logIn(button.dataset.login));

logout.addEventListener('click', () => {
  // The previous person's conversation leaves the panel at once; it is theirs again when they log in.
  chat.visitor = null;
  chat.context = null;
  who.textContent = 'You are not signed in.';
  logout.disabled = true;
});

document.querySelector('#forget').addEventListener('click', () => {
  chat.forget();
  who.textContent = `${who.textContent} This device no longer keeps anything of the chat.`;
});

document.querySelector('#order').addEventListener('click', () => chat.show({ draft: 'I have a question about order #1042: ' }));

// The site's own launcher: opens the chat, and shows answers that arrived while it was closed.
document.querySelector('#chat-button').addEventListener('click', () => chat.toggle());
const unread = document.querySelector('#unread');
chat.addEventListener('miptech-unread-change', (event) => {
  unread.hidden = event.detail.count === 0;
  unread.textContent = String(event.detail.count);
  unread.setAttribute('aria-label', `${event.detail.count} unread`);
});
