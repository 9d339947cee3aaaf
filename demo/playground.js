// The playground: a form for every attribute, a live widget that follows it, the snippet to
// paste, and the contrast the chosen brand colour gets (read from two hidden widgets, one per
// theme, so it is the widget's own derivation, not a copy of it).
const form = document.getElementById('settings');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const workbench = document.getElementById('workbench');
const hint = document.getElementById('preview-hint');
const openChat = document.getElementById('open-chat');
const scriptUrl = new URL(document.querySelector('script[src$="miptech-chat.js"]').src, location.href).href;
const api = new URLSearchParams(location.search).get('api');
if (api) form.elements['api-url'].value = api;

/** Attributes whose value is the default are left out of the snippet. */
const DEFAULTS = { 'tenant-id': 'miptech-company', position: 'bottom-right', theme: 'light', 'primary-color': '#2563eb', mode: 'floating' };

function attributes() {
  const chosen = {};
  for (const field of form.elements) {
    if (!field.name) continue;
    if (field.type === 'checkbox') {
      if (field.checked) chosen[field.name] = '';
    } else if (field.value.trim() && (DEFAULTS[field.name] !== field.value || field.name === 'api-url')) {
      chosen[field.name] = field.value.trim();
    }
  }
  return chosen;
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function widget(chosen, extra = {}) {
  const el = document.createElement('miptech-chat');
  for (const [name, value] of Object.entries({ ...chosen, ...extra })) el.setAttribute(name, value);
  return el;
}

const probes = { light: null, dark: null };
function update() {
  const chosen = attributes();
  preview.replaceChildren(widget(chosen));
  // The preview sits on the side the floating panel opens on, so the panel never covers the settings.
  workbench.classList.toggle('start', chosen.position === 'bottom-left');
  const inline = chosen.mode === 'inline';
  hint.textContent = inline
    ? 'The live widget follows the form. Inline, it takes the column it is placed in: here, beside the settings, at a readable width.'
    : `The live widget follows the form: a floating one opens in this page's corner, beside the settings, never over them.${chosen.launcher === 'none' ? ' With launcher="none", your page opens it: here, with the "Open the chat" button (it calls show()).' : ''}`;
  openChat.hidden = inline || chosen.launcher !== 'none';
  const attrs = Object.entries(chosen).map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escape(v)}"`)).join('');
  snippet.textContent = `<script src="${scriptUrl}" defer></script>\n<miptech-chat${attrs}></miptech-chat>`;
  // Two hidden, closed widgets, light and dark, to read the derived colours from (they connect to nothing).
  for (const theme of ['light', 'dark']) {
    probes[theme]?.remove();
    probes[theme] = widget({ 'api-url': chosen['api-url'], 'primary-color': form.elements['primary-color'].value }, { theme, hidden: '' });
    document.body.append(probes[theme]);
  }
  void showContrast();
}

/** Any CSS colour (relative colours too: the browser resolves them first) → [r, g, b] as the screen shows it. */
const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
const resolver = document.createElement('span');
function rgb(color) {
  resolver.style.color = color;
  document.body.append(resolver);
  const resolved = getComputedStyle(resolver).color;
  resolver.remove();
  canvas.fillStyle = '#000';
  canvas.fillStyle = resolved;
  canvas.fillRect(0, 0, 1, 1);
  return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}
const luminance = (c) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
const lin = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const ratio = (a, b) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return `${((x + 0.05) / (y + 0.05)).toFixed(1)}:1`;
};

/** Counts the reads of the contrast: a read overtaken by a newer colour writes nothing. */
let contrastRead = 0;
async function showContrast() {
  const read = ++contrastRead;
  await customElements.whenDefined('miptech-chat');
  const ratios = {};
  for (const theme of ['light', 'dark']) {
    const probe = probes[theme];
    await probe.updateComplete;
    // The form changed meanwhile: this probe is gone from the page (its colours read as none), and
    // the newer read shows the newer colour.
    if (read !== contrastRead) return;
    const root = probe.shadowRoot.querySelector('.root');
    const style = getComputedStyle(root);
    const [primary, on, accent, bg] = ['--_primary', '--_on-primary', '--_accent', '--_bg'].map((p) => style.getPropertyValue(p).trim());
    ratios[`on-${theme}`] = ratio(on, primary);
    ratios[`accent-${theme}`] = ratio(accent, bg);
  }
  // All four at once: the table never mixes two colours' figures.
  for (const [id, text] of Object.entries(ratios)) document.getElementById(id).textContent = text;
}

document.getElementById('copy').addEventListener('click', async () => {
  const said = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    said.textContent = 'Copied';
  } catch {
    getSelection().selectAllChildren(snippet);
    said.textContent = 'Selected: press Ctrl+C or ⌘C';
  }
});
openChat.addEventListener('click', () => preview.querySelector('miptech-chat')?.show());
form.addEventListener('input', update);
form.addEventListener('change', update);
update();
