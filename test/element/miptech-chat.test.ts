import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { defineMiptechChat } from '../../src/define.js';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { ChatSession } from '../../src/session/chat-session.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';
import { jumpClocks } from '../../testing/jump-clock.js';
import { json } from '../../testing/stub-fetch.js';
import { platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { rgbOf } from '../../testing/colors.js';
import { $, chatLoaded, mount as mountElement } from '../../testing/mount.js';
import { settle } from '../../testing/settle.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
const jumpClock = jumpClocks();
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

/** The element against a mock platform (nothing real is touched). */
async function mount(attributes: Record<string, string | boolean>, options: Parameters<typeof platformRig>[0] = {}) {
  rig = platformRig(options);
  return mountElement({ 'api-url': rig.apiUrl, ...attributes }, { ports: rig.ports });
}

describe('<miptech-chat>', () => {
  it('connects on purpose (the open), not on every update: typing a message asks for nothing', async () => {
    const el = await mount({});
    const original = ChatSession.prototype.connect;
    let connects = 0;
    ChatSession.prototype.connect = function (this: ChatSession) {
      connects += 1;
      return original.call(this);
    };
    try {
      el.show();
      await chatLoaded(el);
      expect(connects).to.equal(1);
      const input = $(el, 'textarea') as HTMLTextAreaElement;
      for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
        input.value = text;
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
      }
      el.hide();
      await el.updateComplete;
      expect(connects).to.equal(1);
    } finally {
      ChatSession.prototype.connect = original;
    }
  });

  it('shows only the launcher and makes no request and no socket before the first open', async () => {
    const clock = jumpClock();
    const el = await mount({}, { scheduler: clock });
    expect($(el, '.launcher')).to.exist;
    expect($(el, '.panel')).to.equal(null);
    clock.jump(60_000); // what the widget would do on its own within a minute, it has done
    await el.updateComplete;
    expect(rig!.calls).to.have.length(0);
    expect(rig!.sockets).to.have.length(0);
  });

  it('fires miptech-ready with the version', async () => {
    const el = document.createElement('miptech-chat') as MiptechChat;
    el.ports = platformRig().ports;
    const ready = oneEvent(el, 'miptech-ready');
    document.body.append(el);
    expect((await ready).detail.version).to.match(/^\d+\.\d+\.\d+/);
    el.remove();
  });

  it('the launcher opens the panel: event, reflected `open`, focus in the composer', async () => {
    const el = await mount({ heading: 'Acme Help' });
    const opened = oneEvent(el, 'miptech-open');
    $(el, '.launcher')!.click();
    await opened;
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(true);
    expect($(el, '.launcher')!.getAttribute('aria-expanded')).to.equal('true');
    await chatLoaded(el);
    expect($(el, '.launcher')!.getAttribute('aria-controls'), 'the panel it controls, once there').to.equal('panel');
    expect($(el, '.header h2')!.textContent).to.equal('Acme Help');
    expect($(el, '.panel')!.getAttribute('role')).to.equal('dialog');
    await until(() => el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
  });

  it('Escape on the launcher of an open chat closes it, and the page does not see that Escape', async () => {
    const el = await mount({});
    el.show();
    await chatLoaded(el);
    const launcher = $(el, '.launcher')!;
    launcher.focus();
    let pageSaw = 0;
    const onPage = () => (pageSaw += 1);
    document.addEventListener('keydown', onPage);
    const closed = oneEvent(el, 'miptech-close');
    launcher.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await closed;
    document.removeEventListener('keydown', onPage);
    expect([el.open, pageSaw, el.shadowRoot!.activeElement === launcher]).to.deep.equal([false, 0, true]);
  });

  it('`open` is a property and an attribute, as on <dialog>, which frameworks set: the methods are show(), hide() and toggle()', async () => {
    const el = await mount({});
    // What React 19 and Vue do with <miptech-chat open>: set the property.
    const opened = oneEvent(el, 'miptech-open');
    el.open = true;
    await opened;
    await el.updateComplete;
    expect([typeof el.show, typeof el.hide, typeof el.toggle, el.hasAttribute('open')]).to.deep.equal(['function', 'function', 'function', true]);
    await chatLoaded(el);
    expect($(el, '.panel')).to.exist;
    const closed = oneEvent(el, 'miptech-close');
    el.removeAttribute('open');
    await closed;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    // Closed at once; its picture sinks out of view, then goes.
    await until(() => $(el, '.panel') === null, 'the panel gone');
    el.toggle();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    el.hide();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    // `title` stays the page's tooltip attribute; the assistant's name is `heading`.
    el.title = 'A tooltip';
    el.heading = 'Ada';
    await el.updateComplete;
    expect($(el, '.launcher')!.getAttribute('aria-label')).to.equal('Open Ada');
  });

  it('opening draws the composer first and connects once the panel has painted', async () => {
    const el = await mount({});
    const painted: (() => void)[] = [];
    el.ports = { ...el.ports, afterPaint: (run) => void painted.push(run) };
    el.show();
    await chatLoaded(el);
    await until(() => $(el, 'textarea') !== null, 'the composer');
    expect(rig!.sockets, 'no socket before the paint').to.have.length(0);
    expect(painted).to.have.length(1);
    painted[0]!();
    await until(() => rig!.sockets.length === 1, 'the socket, once painted');
  });

  it('a message sent before the panel has painted connects at once', async () => {
    const el = await mount({});
    el.ports = { ...el.ports, afterPaint: () => undefined }; // a paint that never comes
    el.show();
    await chatLoaded(el);
    expect(el.send('Hello')).to.equal(true);
    await until(() => rig!.sockets.length === 1, 'the socket, for the message');
  });

  it('an element written with `open` starts open, without taking focus from the page', async () => {
    const el = await mount({ open: true });
    await until(() => $(el, '.panel') !== null, 'the panel');
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('opening connects; Escape closes and focus returns to the launcher', async () => {
    const el = await mount({});
    el.show();
    await until(() => rig!.sockets.length === 1, 'socket');
    expect(rig!.sockets[0]).to.match(/\/api\/v1\/ws\/chat\?tenant_id=miptech-company&session_id=[\w-]+$/);
    const closed = oneEvent(el, 'miptech-close');
    $(el, '.panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await closed;
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(false);
    await until(() => el.shadowRoot!.activeElement === $(el, '.launcher'), 'focus back on the launcher');
  });

  it('an open chat moved elsewhere in the page reconnects', async () => {
    const el = await mount({});
    el.show();
    await until(() => rig!.sockets.length === 1, 'first socket');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnects (the socket closes) and connects again
    await until(() => rig!.sockets.length === 2, 'a new socket after the move');
    elsewhere.remove();
  });

  it('changing how it looks keeps the connection; changing where it connects replaces it', async () => {
    const clock = jumpClock();
    const el = await mount({}, { scheduler: clock });
    el.show();
    await until(() => el.connectionState === 'open', 'connected');
    el.theme = 'dark';
    el.heading = 'Acme';
    el.primaryColor = '#0f766e';
    await el.updateComplete;
    clock.jump(20_000); // past any wait before a reconnect, short of a heartbeat
    expect(rig!.sockets).to.have.length(1);
    el.tenantId = 'demo';
    await until(() => rig!.sockets.length === 2, 'a socket for the new tenant');
    expect(rig!.sockets[1]).to.contain('tenant_id=demo');
  });

  it('position and theme attributes reach the layout', async () => {
    const el = await mount({ position: 'bottom-left', theme: 'dark' });
    expect($(el, '.root')!.classList.contains('bottom-left')).to.equal(true);
    expect($(el, '.root')!.classList.contains('dark')).to.equal(true);
    el.position = 'bottom-right';
    await el.updateComplete;
    expect($(el, '.root')!.classList.contains('bottom-right')).to.equal(true);
  });

  it('primary-color sets the brand colour and readable text on it', async () => {
    const el = await mount({ 'primary-color': '#facc15' });
    const launcher = $(el, '.launcher')!;
    expect(rgbOf(getComputedStyle(launcher).backgroundColor)).to.deep.equal([250, 204, 21]);
    expect(rgbOf(getComputedStyle(launcher).color)).to.deep.equal([0, 0, 0]);
    el.removeAttribute('primary-color');
    await el.updateComplete;
    // (Read from the root: the launcher's colour eases into the new one.)
    expect($(el, '.root')!.style.getPropertyValue('--_primary'), 'back to the default brand').to.equal('');
  });

  it('without primary-color, the root has no inline style at all', async () => {
    const el = await mount({});
    expect($(el, '.root')!.hasAttribute('style')).to.equal(false);
  });

  it('explains an invalid configuration in the panel and fires miptech-error', async () => {
    rig = platformRig();
    const el = document.createElement('miptech-chat') as MiptechChat;
    el.ports = rig.ports;
    el.setAttribute('api-url', 'not a url');
    el.setAttribute('position', 'top-middle');
    const error = oneEvent(el, 'miptech-error');
    document.body.append(el);
    const event = await error;
    expect(event.detail.kind).to.equal('config');
    expect(event.detail.problems!.map((p: { attribute: string }) => p.attribute)).to.deep.equal(['api-url', 'position']);
    await el.updateComplete;
    expect($(el, '.launcher')!.classList.contains('has-problem')).to.equal(true);
    expect($(el, '.launcher')!.getAttribute('aria-label'), 'not by colour only').to.contain('not set up correctly');
    el.show();
    await el.updateComplete;
    const notice = $(el, '.notice')!;
    expect(notice.textContent).to.contain('api-url="not a url"');
    expect(notice.textContent).to.contain('top-middle');
    expect(rig.sockets).to.have.length(0);
    el.remove();
  });

  it('recovers when a broken attribute is fixed', async () => {
    const el = await mount({ 'api-url': 'not a url' });
    expect(el.configuration.ok).to.equal(false);
    el.setAttribute('api-url', rig!.apiUrl);
    await el.updateComplete;
    expect(el.configuration.ok).to.equal(true);
  });

  it('a mistyped cosmetic attribute keeps the chat working: the default, a console warning and a miptech-error', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => void warnings.push(line);
    try {
      const el = document.createElement('miptech-chat') as MiptechChat;
      rig = platformRig();
      el.ports = rig.ports;
      el.setAttribute('api-url', rig.apiUrl);
      el.setAttribute('primary-color', 'blu');
      const error = oneEvent(el, 'miptech-error');
      document.body.append(el);
      const event = await error;
      expect(event.detail.kind).to.equal('config');
      expect(event.detail.problems!.map((p: { attribute: string }) => p.attribute)).to.deep.equal(['primary-color']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[miptech-chat\] defaults used for primary-color="blu"/);
      await el.updateComplete;
      expect(el.configuration.ok).to.equal(true);
      expect($(el, '.launcher')!.classList.contains('has-problem')).to.equal(false);
      el.show();
      await chatLoaded(el);
      expect(el.send('Still works')).to.equal(true);
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('debug: runs the connection test on open and shows API and WebSocket success', async () => {
    const authed: string[] = [];
    const el = await mount({ debug: true });
    rig!.server.on('connection', (client) => client.on('message', (data) => authed.push(JSON.parse(String(data))?.data?.session_id ?? '')));
    el.show();
    await until(() => $(el, '.ws-status')?.classList.contains('success') === true, 'ws success', 5000);
    expect($(el, '.api-status')!.className).to.contain('success');
    expect($(el, '.diagnostics')!.textContent).to.contain(rig!.apiUrl);
    expect($(el, '.diagnostics')!.textContent).to.contain('miptech-company');
    expect($(el, '.raw')!.textContent).to.contain('"healthy"');
    expect(rig!.calls[0].url).to.equal(`${rig!.apiUrl}/api/v1/health`);
    // The session id works as the visitor's credential: shown only as a prefix.
    const sessionIds = () => authed.filter((id) => id && !id.startsWith('diagnostics'));
    await until(() => sessionIds().length > 0, 'the session connected');
    const [sessionId] = sessionIds();
    expect($(el, '.diagnostics')!.textContent).not.to.contain(sessionId);
    expect($(el, '.diagnostics')!.textContent).to.contain(`${sessionId.slice(0, 6)}…`);
  });

  it('debug: names 1011 as a server configuration error, and Retest runs again', async () => {
    const el = await mount({ debug: true }, { socket: 'close-1011', routes: (r) => (r.url.endsWith('/health') ? json(404, {}) : json(200, { status: 'healthy' })) });
    el.show();
    await until(() => $(el, '.ws-status')?.classList.contains('failed') === true, 'ws failed', 5000);
    expect($(el, '.ws-status')!.textContent).to.contain('Server configuration error (1011)');
    expect($(el, '.raw')!.textContent).to.contain('/healthz');
    const before = rig!.calls.length;
    ($(el, '.diagnostics button') as HTMLButtonElement).click();
    await until(() => rig!.calls.length > before, 'retest');
  });

  it('a platform that refuses the connection: a banner in plain words above the conversation, which stays, with Retry and Reload; the code goes to the event', async () => {
    const el = await mount({}, { socket: 'close-4003' });
    const error = oneEvent(el, 'miptech-error');
    el.show();
    await until(() => $(el, '.banner') !== null, 'the banner', 5000);
    expect($(el, '.banner strong')!.textContent).to.equal('The chat is unavailable.');
    expect($(el, '.banner')!.textContent).to.contain('does not accept this site').and.not.contain('4003');
    expect($(el, '.messages')).to.not.equal(null);
    expect($(el, '.header .ai-label')!.textContent, 'the header says what answers, not the connection').to.equal('AI assistant');
    expect($(el, '.launcher')!.classList.contains('has-problem'), 'a platform that refuses this site is for its owner to fix: "!"').to.equal(true);
    expect((await error).detail).to.include({ kind: 'connection', closeCode: 4003 });
    const [retry, reload] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.banner button')];
    expect(retry.textContent).to.equal('Retry');
    settle(el);
    await expect(el).to.be.accessible();
    reload.click();
    expect(rig!.reloads).to.equal(1);
  });

  it('while it still retries: one calm signal (the banner, with the one Retry), the conversation in view, and a message written meanwhile waits to send', async () => {
    const scheduler = new FakeScheduler(() => 0.5);
    const el = await mount({}, { socket: 'close-1011', routes: () => new TypeError('Failed to fetch'), scheduler });
    el.show();
    await chatLoaded(el);
    // The virtual clock moves only while the widget waits to retry: a link still opening must
    // see its 1011 (a few real milliseconds after it opens; more on a busy machine) before the
    // 2 s after which a quiet link counts as open.
    for (let i = 0; i < 200 && !$(el, '.banner'); i += 1) {
      await until(() => el.connectionState !== 'connecting', 'the 1011 to land', 10_000);
      scheduler.advance(1_000);
      await el.updateComplete;
    }
    expect($(el, '.banner strong')?.textContent).to.equal('Can’t reach the chat right now.');
    expect($(el, '.banner')!.textContent).to.contain('keeps trying').and.not.contain('1011');
    expect($(el, '.messages .greeting') !== null, 'the conversation in view').to.equal(true);
    expect($(el, 'textarea') !== null, 'the composer').to.equal(true);
    expect($(el, '.status'), 'no status line beside the banner').to.equal(null);
    expect($(el, '.header .ai-label')!.textContent, 'no connection colour in the header').to.equal('AI assistant');
    expect($(el, '.launcher')!.classList.contains('has-problem'), 'an outage is not the site owner’s to fix: no "!"').to.equal(false);
    el.send('Hello?');
    await until(() => $(el, '.meta.queued') !== null, 'the waiting mark');
    expect($(el, '.meta.queued')!.textContent, 'online, so not "when you are back online"').to.contain('Waiting to send').and.not.contain('back online');
    const retries = [...el.shadowRoot!.querySelectorAll('button')].filter((b) => /^Retry/.test(b.textContent ?? ''));
    expect(retries.map((b) => b.closest('.banner') !== null), 'one Retry, the banner’s').to.deep.equal([true]);
  });

  it('a message the platform could not be reached for waits to send, with its own Retry where the panel offers none, and fires miptech-error', async () => {
    const el = await mount({}, { routes: () => new TypeError('Failed to fetch') });
    el.show();
    const error = oneEvent(el, 'miptech-error');
    el.send('Hello?');
    const event = await error;
    expect(event.detail.kind).to.equal('send');
    expect(event.detail.message).to.contain('could not be reached');
    await until(() => $(el, '.meta.queued') !== null, 'the waiting mark');
    expect($(el, '.message.user .bubble')!.textContent).to.equal('Hello?');
    expect($(el, '.meta.queued')!.textContent).to.contain('Waiting to send').and.not.contain('Not sent');
    expect($(el, '.meta.queued [role="alert"]')).to.equal(null);
    expect($(el, '.meta.queued button')!.textContent).to.equal('Retry now');
    // The visitor may give up on it instead.
    const discard = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.meta.queued button')].find((b) => b.textContent === 'Discard')!;
    discard.click();
    await until(() => $(el, '.message.user') === null, 'the message gone');
  });

  it('is accessible closed and open', async () => {
    const el = await mount({});
    settle(el);
    await expect(el).to.be.accessible();
    el.show();
    await el.updateComplete;
    settle(el);
    // While the chat is on its way (the launcher turns), and once its panel is there.
    await expect(el).to.be.accessible();
    await chatLoaded(el);
    settle(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible showing a configuration error and the diagnostics', async () => {
    const bad = await mount({ 'api-url': 'nowhere' });
    bad.show();
    await until(() => $(bad, '.panel') !== null, 'the panel, explaining');
    settle(bad);
    await expect(bad).to.be.accessible();
    const debug = await mount({ debug: true });
    debug.show();
    await until(() => $(debug, '.panel') !== null, 'the panel, with the diagnostics');
    settle(debug);
    await expect(debug).to.be.accessible();
  });

  it('a second define (another script tag, or ESM + IIFE) does not throw', () => {
    expect(() => defineMiptechChat()).not.to.throw();
    expect(customElements.get('miptech-chat')).to.exist;
  });

  describe('when the tag is taken', () => {
    /** A registry with one definition already made, and a console that keeps what it is told. */
    const taken = (existing?: CustomElementConstructor) => {
      const defined: CustomElementConstructor[] = [];
      const warnings: string[] = [];
      const registry = { get: () => existing, define: (_: string, c: CustomElementConstructor) => void defined.push(c) } as unknown as CustomElementRegistry;
      return { registry, defined, warnings, sink: { warn: (line: string) => void warnings.push(line) } };
    };

    it('by another class: the page gets one console warning naming it, and nothing throws', () => {
      class ShopChat extends HTMLElement {}
      const { registry, defined, warnings, sink } = taken(ShopChat);
      expect(() => defineMiptechChat(registry, sink)).not.to.throw();
      expect(defined).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<miptech-chat> is already defined by another script (class ShopChat): not started');
    });

    it('by our own element (a second script tag): silent', () => {
      const { registry, warnings, sink } = taken(customElements.get('miptech-chat'));
      defineMiptechChat(registry, sink);
      expect(warnings).to.deep.equal([]);
    });

    it('by another version of our element: says which one runs', () => {
      const other = class extends HTMLElement {} as CustomElementConstructor & Record<symbol, string>;
      other[Symbol.for('miptech-chat.element')] = '0.0.9';
      const { registry, warnings, sink } = taken(other);
      defineMiptechChat(registry, sink);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/two versions are loaded: 0\.0\.9 runs/);
    });

    it('by nobody: defines ours, marked as ours', () => {
      const { registry, defined, warnings, sink } = taken(undefined);
      defineMiptechChat(registry, sink);
      expect(defined).to.have.length(1);
      expect((defined[0] as unknown as Record<symbol, string>)[Symbol.for('miptech-chat.element')]).to.be.a('string');
      expect(warnings).to.deep.equal([]);
    });
  });
});
