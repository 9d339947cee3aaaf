// Languages and direction (issue 11): the page's language and direction, live changes, the
// owner's words, lazily fetched catalogues, and bidirectional text.
import { expect } from '@open-wc/testing';
import { MiptechChat } from '../../src/miptech-chat.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

/** The mock platforms of the running test's widgets, stopped after it. */
const rigs: PlatformRig[] = [];
const page = document.documentElement;
afterEach(() => {
  for (const rig of rigs.splice(0)) rig.server.stop();
  page.removeAttribute('dir');
  page.setAttribute('lang', 'en');
});

async function widget(attributes: Record<string, string | boolean> = {}, languages: readonly string[] = []) {
  const api = conversationRoutes();
  const rig = platformRig({ routes: api.routes });
  rigs.push(rig);
  const ports = { ...rig.ports, languages: () => languages };
  const el = await mount({ 'api-url': rig.apiUrl, ...attributes }, { ports });
  return { el, api };
}

const launcherLabel = (el: MiptechChat) => $(el, '.launcher')!.getAttribute('aria-label');
/** The language files fetched so far (src/i18n/locales/*.ts here; the built files in test/integration). */
const fetchedLanguages = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/locales\/([\w-]+)\.ts/.exec(e.name)?.[1])
    .filter(Boolean);

describe('which language the widget speaks', () => {
  it('a German page gets a German widget, and fetches German and nothing else', async function () {
    this.timeout(20_000);
    page.setAttribute('lang', 'de');
    const { el } = await widget();
    await until(() => launcherLabel(el) === 'MIPTech KI-Assistent öffnen', 'the German launcher');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('de');
    expect($(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => $(el, 'textarea')?.getAttribute('placeholder') === 'Nachricht eingeben…', 'the German composer');
    expect($(el, '.header button')!.getAttribute('aria-label')).to.equal('Chat schließen');
    expect(new Set(fetchedLanguages())).to.deep.equal(new Set(['de', 'de-chat']));
  });

  it('an Arabic page gets an Arabic widget, mirrored: the launcher at the reading end (left), my messages at the start side of the log', async function () {
    this.timeout(20_000);
    page.setAttribute('lang', 'ar');
    page.setAttribute('dir', 'rtl');
    const { el, api } = await widget();
    await until(() => launcherLabel(el) === 'فتح مساعد MIPTech الذكي', 'the Arabic launcher');
    const root = $(el, '.root')!;
    expect([root.getAttribute('lang'), root.getAttribute('dir'), getComputedStyle(root).direction]).to.deep.equal(['ar', 'rtl', 'rtl']);
    const launcher = $(el, '.launcher')!.getBoundingClientRect();
    expect(launcher.left, 'bottom-right is the reading end: the left, right to left').to.be.below(innerWidth / 2);
    el.show();
    await chatLoaded(el, 15_000);
    const panel = $(el, '.panel')!.getBoundingClientRect();
    expect(panel.left).to.be.below(innerWidth / 2);
    await until(() => el.connectionState === 'open', 'the socket open');
    el.send('مرحبا');
    await until(() => api.messages.length > 0 && $(el, '.message.user .bubble') !== null, 'my message');
    const mine = $(el, '.message.user .bubble')!.getBoundingClientRect();
    const log = $(el, '.messages')!.getBoundingClientRect();
    expect(mine.left - log.left, 'my bubble sits on the left, the end side, right to left').to.be.below(log.right - mine.right);
    expect(getComputedStyle($(el, '.send svg')!).transform, 'the send arrow points left').to.match(/matrix\(-1/);
  });

  it('on an Arabic page, English chips read left to right, and every bubble’s pointed corner is on the side it hangs from', async function () {
    this.timeout(20_000);
    page.setAttribute('lang', 'ar');
    page.setAttribute('dir', 'rtl');
    const { el, api } = await widget({ 'starter-prompts': 'What services does MIPTech offer?|ما هي خدماتكم؟' });
    el.show();
    await chatLoaded(el, 15_000);
    const chips = [...el.shadowRoot!.querySelectorAll('.chip')];
    expect(chips.map((chip) => chip.getAttribute('dir'))).to.deep.equal(['auto', 'auto']);
    expect(chips.map((chip) => chip.matches(':dir(ltr)')), 'the English chip reads left to right, the Arabic one right to left').to.deep.equal([true, false]);
    await until(() => el.connectionState === 'open', 'the socket open');
    el.send('Hello there');
    await until(() => api.messages.length > 0 && $(el, '.message.user .bubble') !== null, 'my message');
    const corners = (selector: string) => {
      const style = getComputedStyle($(el, selector)!);
      return [style.borderBottomLeftRadius, style.borderBottomRightRadius];
    };
    expect($(el, '.message.user .bubble')!.matches(':dir(ltr)'), 'my English message reads left to right').to.equal(true);
    expect(corners('.message.user .bubble'), 'my bubble hangs from the left: pointed there').to.deep.equal(['4px', '16px']);
    expect(corners('.greeting .bubble'), 'the greeting hangs from the right: pointed there').to.deep.equal(['16px', '4px']);
  });

  it('an English widget on an Arabic page (lang="en" on the element) reads as English, left to right', async () => {
    page.setAttribute('lang', 'ar');
    page.setAttribute('dir', 'rtl');
    const { el } = await widget({ lang: 'en' });
    // A widget beside it without `lang` turns Arabic once the Arabic words are here: by then, this
    // one would have too, had it taken the page's language.
    const { el: beside } = await widget();
    await until(() => $(beside, '.root')!.getAttribute('lang') === 'ar', 'the widget beside it in Arabic');
    await el.updateComplete;
    const root = $(el, '.root')!;
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(launcherLabel(el)).to.equal('Open MIPTech AI Assistant');
  });

  it('a change of lang re-renders live; pt-BR falls back to Portuguese and is tagged pt-BR; a language without words gives English', async function () {
    this.timeout(20_000);
    const { el } = await widget();
    expect(launcherLabel(el)).to.equal('Open MIPTech AI Assistant');
    el.setAttribute('lang', 'fr');
    await until(() => launcherLabel(el) === 'Ouvrir Assistant IA MIPTech', 'French');
    page.setAttribute('lang', 'ja');
    el.removeAttribute('lang');
    await until(() => launcherLabel(el) === 'MIPTech AI アシスタントを開く', 'Japanese, from the page');
    el.setAttribute('lang', 'pt-BR');
    await until(() => launcherLabel(el) === 'Abrir Assistente de IA da MIPTech', 'Portuguese');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('pt-BR');
    el.setAttribute('lang', 'sv');
    await until(() => launcherLabel(el) === 'Open MIPTech AI Assistant', 'English for Swedish');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
  });

  it('no lang anywhere: the first of the visitor’s browser languages the widget speaks', async () => {
    page.removeAttribute('lang');
    const { el } = await widget({}, ['sv-SE', 'es-MX', 'en']);
    await until(() => launcherLabel(el) === 'Abrir Asistente de IA de MIPTech', 'Spanish');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('es-MX');
  });

  it('numbers are written the language’s way: the over-long counter in German', async function () {
    this.timeout(20_000);
    const { el } = await widget({ lang: 'de' });
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => $(el, 'textarea')?.getAttribute('placeholder') === 'Nachricht eingeben…', 'German');
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    field.value = 'x'.repeat(4001);
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '.hint.over')!.textContent).to.contain('4.001 / 4.000 Zeichen');
  });
});

describe('a Japanese visitor', () => {
  it('an Enter that confirms an IME composition never sends (the Chromium and Firefox order, and WebKit’s)', async function () {
    this.timeout(20_000);
    const { el, api } = await widget({ lang: 'ja' });
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => $(el, 'textarea')?.getAttribute('placeholder') === 'メッセージを入力…', 'Japanese');
    await until(() => el.connectionState === 'open', 'the socket open');
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    field.value = '料金はいくらですか';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, keyCode: 229, bubbles: true, composed: true, cancelable: true }));
    field.dispatchEvent(new CompositionEvent('compositionend', { data: 'ですか', bubbles: true, composed: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, composed: true, cancelable: true }));
    // A send shows the message in the log at once; none is there, and none went out.
    await el.updateComplete;
    expect($(el, '.message.user')).to.equal(null);
    expect(api.messages).to.have.length(0);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, composed: true, cancelable: true }));
    await until(() => api.messages.length === 1, 'a plain Enter sends');
  });
});

describe('the owner’s words', () => {
  it('the `strings` property replaces any key, whatever the language', async () => {
    const { el } = await widget();
    el.strings = { launcherOpen: 'Talk to {title}', defaultTitle: 'Ada' };
    await el.updateComplete;
    expect(launcherLabel(el)).to.equal('Talk to Ada');
    el.strings = null;
    await el.updateComplete;
    expect(launcherLabel(el)).to.equal('Open MIPTech AI Assistant');
  });

  it('registerStrings adds a language the widget lacks (missing keys in English) and can change one it has', async function () {
    this.timeout(20_000);
    page.setAttribute('lang', 'it');
    const { el } = await widget();
    expect(launcherLabel(el)).to.equal('Open MIPTech AI Assistant');
    MiptechChat.registerStrings('it', { launcherOpen: 'Apri {title}', defaultTitle: 'Assistente' });
    await until(() => launcherLabel(el) === 'Apri Assistente', 'Italian, registered');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('it');
    el.show();
    await chatLoaded(el, 15_000);
    expect($(el, 'textarea')!.getAttribute('placeholder'), 'a key Italian lacks is English').to.equal('Type your message…');
    MiptechChat.registerStrings('de', { defaultTitle: 'Ihr Berater' });
    page.setAttribute('lang', 'de');
    await until(() => launcherLabel(el) === 'Ihr Berater schließen', 'German, with the owner’s title');
    expect(() => MiptechChat.registerStrings('not a tag!', {})).to.throw(/not a language tag: not a tag!/);
  });
});

describe('bidirectional text', () => {
  it('every message and the composer take their direction from their text (dir="auto")', async function () {
    this.timeout(20_000);
    const { el, api } = await widget();
    el.show();
    await chatLoaded(el, 15_000);
    expect($(el, 'textarea')!.getAttribute('dir')).to.equal('auto');
    await until(() => el.connectionState === 'open', 'the socket open');
    el.send('שלום! הגרסה v2.1 זמינה ב-https://example.com');
    await until(() => api.messages.length > 0 && $(el, '.message.user .bubble') !== null, 'my message');
    const bubble = $(el, '.message.user .bubble')!;
    expect(bubble.getAttribute('dir')).to.equal('auto');
    expect(bubble.matches(':dir(rtl)'), 'a Hebrew message reads right to left in an English widget').to.equal(true);
    expect($(el, '.greeting .bubble')!.matches(':dir(ltr)')).to.equal(true);
  });
});
