// The integration points a site uses, against the real reference platform: its token, its
// visitor (verified by HMAC), logout, forget(), consent, its own launcher, the unread count and
// a prefilled composer.
import { expect, fixture, html } from '@open-wc/testing';
import { EVENTS } from '../../src/events.js';
import type { MiptechChat } from '../../src/miptech-chat.js';
import type { Visitor } from '../../src/config/visitor.js';
import { dropSockets, platformStats, startPlatform, stopPlatform, type Platform } from '../../testing/reference-platform.js';
import { $, $$, chatLoaded } from '../../testing/mount.js';
import { jumpClocks, watchedPorts } from '../../testing/jump-clock.js';
import { until } from '../../testing/wait.js';

let platform: Platform | null = null;
const jumpClock = jumpClocks();
beforeEach(() => localStorage.clear());
afterEach(async () => {
  if (platform) await stopPlatform(platform);
  platform = null;
  localStorage.clear();
});

/** `<miptech-chat>` on `platform` with its attributes and, set before it connects, its properties. */
async function site(attributes: Record<string, string>, properties: Partial<Pick<MiptechChat, 'visitor' | 'context' | 'getAuthToken'>> = {}) {
  const el = document.createElement('miptech-chat') as MiptechChat;
  for (const [name, value] of Object.entries({ 'api-url': platform!.url, ...attributes })) el.setAttribute(name, value);
  Object.assign(el, properties);
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

const post = async (path: string, body?: unknown) => (await fetch(`${platform!.url}${path}`, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) })).json();
const demoVisitor = async (user: string, tenant = 'verified-demo'): Promise<Visitor> => (await post('/demo/login', { tenant_id: tenant, user })).visitor;
const chatsOf = async (tenant: string) => (await (await fetch(`${platform!.url}/__control/chats?tenant_id=${tenant}`)).json()).chats as { id: string; owner: string; context: Record<string, unknown>; visitor: { id: string; verified: boolean } | null }[];
const userTexts = (el: MiptechChat) => $$(el, '.message.user .bubble').map((b) => b.textContent?.trim());
const answers = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting) .sources a').length;

async function ask(el: MiptechChat, question: string) {
  el.show();
  await chatLoaded(el);
  expect(el.send(question)).to.equal(true);
}

describe('the site’s token: getAuthToken', () => {
  it('is called before the first request; a token refused on the socket (4001) or over REST (401) is fetched again, once, and the chat goes on', async function () {
    this.timeout(40_000);
    platform = await startPlatform({ streamDelayMs: 2 });
    let calls = 0;
    const getAuthToken = async () => ((calls += 1), (await post('/demo/token', { tenant_id: 'secure-demo' })).token as string);
    const el = await site({ 'tenant-id': 'secure-demo' }, { getAuthToken });
    await ask(el, 'What services does MIPTech offer?');
    await until(() => answers(el) === 1, 'the first answer', 10_000);
    expect(calls).to.equal(1);
    // Every token goes stale; the socket is cut. Its next auth is refused (4001): one new token, and it opens.
    await post('/__control/revoke-tokens');
    await dropSockets(platform);
    await until(() => calls === 2 && el.getAttribute('connection-state') === 'open', 'a new token after 4001, and the socket open again', 15_000);
    // Stale again; the socket stays up, so the next send meets a 401 over REST: one new token, and it goes.
    await post('/__control/revoke-tokens');
    el.send('How can I contact you?');
    await until(() => answers(el) === 2, 'the second answer', 15_000);
    expect(calls).to.equal(3);
    expect($(el, '.meta.failed') === null, 'no .meta.failed').to.equal(true);
    expect(JSON.stringify({ ...localStorage })).to.not.include((await post('/demo/token', { tenant_id: 'secure-demo' })).token.split('.')[0].slice(0, 12));
  });
});

describe('the site’s visitor', () => {
  it('a verified visitor (HMAC of the id under the tenant’s secret) is accepted, and gets the conversation back on another device', async function () {
    this.timeout(30_000);
    platform = await startPlatform({ streamDelayMs: 2 });
    const ada = await demoVisitor('ada');
    const laptop = await site({ 'tenant-id': 'verified-demo' }, { visitor: ada, context: { plan: 'pro' } });
    await ask(laptop, 'What services does MIPTech offer?');
    await until(() => answers(laptop) === 1, 'the answer', 10_000);
    const [chat] = await chatsOf('verified-demo');
    expect(chat.visitor).to.include({ id: ada.id, verified: true });
    expect(chat.context).to.include({ plan: 'pro' });
    laptop.remove();
    // Another device: nothing stored, the same signed-in visitor.
    localStorage.clear();
    const phone = await site({ 'tenant-id': 'verified-demo' }, { visitor: ada });
    phone.show();
    await chatLoaded(phone);
    await until(() => userTexts(phone).length === 1, 'the conversation from the laptop', 10_000);
    expect(userTexts(phone)).to.deep.equal(['What services does MIPTech offer?']);
  });

  it('a visitor whose hash does not match is refused, with a clear error, and nothing of theirs is shown', async function () {
    this.timeout(20_000);
    platform = await startPlatform({ streamDelayMs: 2 });
    const forged = { ...(await demoVisitor('ada')), hash: '0'.repeat(64) };
    const el = await site({ 'tenant-id': 'verified-demo' }, { visitor: forged });
    const errors: string[] = [];
    el.addEventListener(EVENTS.error, (e) => errors.push(e.detail.message));
    await ask(el, 'Hello?');
    await until(() => $(el, '.meta.failed') !== null, 'the send refused', 10_000);
    expect($(el, '.meta.failed')!.textContent).to.include('hash does not match');
    expect(errors.join(' ')).to.include('hash does not match');
    expect(await chatsOf('verified-demo')).to.have.length(0);
  });

  it('another person, or logging out (null), never shows the previous person’s conversation; they get it back when they return', async function () {
    this.timeout(40_000);
    platform = await startPlatform({ streamDelayMs: 2 });
    const [ada, grace] = [await demoVisitor('ada'), await demoVisitor('grace')];
    const el = await site({ 'tenant-id': 'verified-demo' }, { visitor: ada });
    await ask(el, 'Ada asks about pricing');
    await until(() => answers(el) === 1, 'Ada’s answer', 10_000);
    el.visitor = grace;
    await el.updateComplete;
    expect(userTexts(el)).to.deep.equal([]);
    el.send('Grace asks how to contact you');
    await until(() => answers(el) === 1, 'Grace’s answer', 10_000);
    expect(userTexts(el)).to.deep.equal(['Grace asks how to contact you']);
    el.visitor = null;
    await el.updateComplete;
    expect(userTexts(el)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.not.include('Ada asks').and.not.include('Grace asks');
    el.visitor = ada;
    await until(() => userTexts(el).join() === 'Ada asks about pricing', 'Ada’s conversation back', 10_000);
  });

  it('forget() deletes everything stored for the tenant, and the next message starts a new chat with new ids', async function () {
    this.timeout(30_000);
    platform = await startPlatform({ streamDelayMs: 2 });
    localStorage.setItem('unrelated-key', 'kept');
    localStorage.setItem(`miptech-chat:another-tenant@${platform.url}:identity`, 'kept too');
    const el = await site({ 'tenant-id': 'demo' }, { visitor: { id: 'someone' } });
    await ask(el, 'What services does MIPTech offer?');
    await until(() => answers(el) === 1, 'the answer', 10_000);
    const ours = () => Object.keys(localStorage).filter((k) => k.startsWith(`miptech-chat:demo@${platform!.url}`));
    expect(ours().length).to.be.greaterThan(0);
    el.forget();
    await el.updateComplete;
    expect(ours()).to.deep.equal([]);
    expect(localStorage.getItem('unrelated-key')).to.equal('kept');
    expect(localStorage.getItem(`miptech-chat:another-tenant@${platform.url}:identity`)).to.equal('kept too');
    expect(userTexts(el)).to.deep.equal([]);
    el.send('A fresh start');
    await until(() => answers(el) === 1, 'an answer in a new chat', 10_000);
    const chats = await chatsOf('demo');
    expect(chats).to.have.length(2);
    expect(chats[0].owner).to.not.equal(chats[1].owner);
  });
});

describe('consent="required"', () => {
  it('nothing is stored or sent before the visitor accepts; the choice is remembered', async function () {
    this.timeout(30_000);
    platform = await startPlatform({ streamDelayMs: 2 });
    performance.clearResourceTimings();
    const el = await site({ 'tenant-id': 'demo', consent: 'required', 'consent-notice': 'Our assistant is run by MIPTech. Messages are stored.' });
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    el.ports = watched.ports;
    el.show();
    await chatLoaded(el);
    expect($(el, '.consent')!.textContent).to.include('Our assistant is run by MIPTech');
    expect($(el, 'textarea') === null, 'no textarea').to.equal(true);
    expect(el.send('Sneaky')).to.equal(false);
    clock.jump(60_000); // whatever the widget would do on its own in a minute, it has done
    expect([watched.fetches(), watched.sockets()], 'requests and sockets before consent').to.deep.equal([0, 0]);
    const toPlatform = () => performance.getEntriesByType('resource').filter((e) => e.name.startsWith(platform!.url));
    expect(toPlatform()).to.have.length(0);
    expect((await platformStats(platform)).connections).to.equal(0);
    expect(Object.keys(localStorage)).to.deep.equal([]);
    const accepted = new Promise<CustomEvent>((resolve) => el.addEventListener(EVENTS.consentChange, (e) => resolve(e), { once: true }));
    $$<HTMLButtonElement>(el, '.consent button')[0].click();
    expect((await accepted).detail).to.deep.equal({ accepted: true });
    await until(() => $(el, 'textarea') !== null, 'the composer', 5000);
    await until(() => el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
    el.send('What services does MIPTech offer?');
    await until(() => answers(el) === 1, 'the answer', 10_000);
    el.remove();
    const again = await site({ 'tenant-id': 'demo', consent: 'required' });
    again.show();
    await chatLoaded(again);
    expect($(again, '.consent') === null, 'no .consent').to.equal(true);
    await until(() => userTexts(again).length === 1, 'the conversation, no notice', 10_000);
  });

  it('consent given in another tab ends the wait here too: the notice gives way to the chat', async () => {
    platform = await startPlatform();
    // This tab hears the other's storage writes as the `storage` event would bring them.
    const otherTabWrites = new Set<(key: string) => void>();
    const here = await site({ 'tenant-id': 'demo', consent: 'required' });
    here.ports = { ...here.ports, storageChanges: (listener) => (otherTabWrites.add(listener), () => void otherTabWrites.delete(listener)) };
    here.show();
    await chatLoaded(here);
    expect($(here, '.consent') !== null, 'the notice here').to.equal(true);
    const changed = new Promise<CustomEvent>((resolve) => here.addEventListener(EVENTS.consentChange, (e) => resolve(e), { once: true }));
    const there = await site({ 'tenant-id': 'demo', consent: 'required' });
    there.show();
    await chatLoaded(there);
    $$<HTMLButtonElement>(there, '.consent button')[0].click();
    for (const listener of otherTabWrites) listener('miptech-chat:demo@http://elsewhere.test:consent');
    await here.updateComplete; // a change heard is drawn in the update it asks for
    expect($(here, '.consent') !== null, 'another platform’s consent is not this one').to.equal(true);
    for (const listener of otherTabWrites) listener(`miptech-chat:demo@${platform.url}:consent`);
    expect((await changed).detail).to.deep.equal({ accepted: true });
    await until(() => $(here, 'textarea') !== null && $(here, '.consent') === null, 'the composer here', 5000);
  });

  it('a consent slot replaces the notice, and No thanks closes the panel without remembering anything', async () => {
    platform = await startPlatform();
    const el = await site({ 'tenant-id': 'demo', consent: 'required' });
    el.innerHTML = '<p slot="consent">Read <a href="/privacy">our privacy policy</a>.</p>';
    el.show();
    await chatLoaded(el);
    const slot = $<HTMLSlotElement>(el, 'slot[name="consent"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Read our privacy policy.');
    $$<HTMLButtonElement>(el, '.consent button')[1].click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });
});

describe('the site’s own launcher, unread count and prefill', () => {
  it('launcher="none": no round button; the page’s button opens the panel, and focus comes back to it on close', async () => {
    platform = await startPlatform();
    const el = await site({ 'tenant-id': 'demo', launcher: 'none' });
    expect($(el, '.launcher') === null, 'no .launcher').to.equal(true);
    const button = document.createElement('button');
    button.textContent = 'Chat with us';
    button.addEventListener('click', () => el.show());
    document.body.append(button);
    try {
      button.focus();
      button.click();
      await chatLoaded(el);
      await until(() => el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
      $<HTMLButtonElement>(el, '.header .icon-button')!.click();
      await until(() => document.activeElement === button, 'focus back on the page’s button');
    } finally {
      button.remove();
    }
  });

  it('slots: launcher (its icon), header-actions and empty show the page’s own content', async () => {
    platform = await startPlatform();
    const el = await site({ 'tenant-id': 'demo' });
    el.innerHTML = '<img slot="launcher" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a slot="header-actions" href="/help">Help</a><p slot="empty">We answer within minutes.</p>';
    const assigned = (name: string) => $<HTMLSlotElement>(el, `slot[name="${name}"]`)?.assignedElements().map((e) => e.textContent || e.tagName) ?? [];
    expect(assigned('launcher')).to.deep.equal(['IMG']);
    expect($(el, '.launcher')!.getAttribute('aria-label')).to.include('Open');
    el.show();
    await chatLoaded(el);
    expect(assigned('header-actions')).to.deep.equal(['Help']);
    expect(assigned('empty')).to.deep.equal(['We answer within minutes.']);
  });

  it('unreadCount and miptech-unread-change follow answers that arrive while the panel is closed', async function () {
    this.timeout(20_000);
    platform = await startPlatform({ streamDelayMs: 2 });
    const el = await site({ 'tenant-id': 'demo' });
    const counts: number[] = [];
    el.addEventListener(EVENTS.unreadChange, (e) => counts.push(e.detail.count));
    expect(el.unreadCount).to.equal(0);
    el.send('What services does MIPTech offer?');
    await until(() => el.unreadCount === 1, 'one unread answer', 10_000);
    expect(counts).to.deep.equal([1]);
    el.show();
    await el.updateComplete;
    expect(el.unreadCount).to.equal(0);
    expect(counts).to.deep.equal([1, 0]);
  });

  it('show({ draft }) opens the panel with the composer filled and focused, and sends nothing', async () => {
    platform = await startPlatform();
    const el = await site({ 'tenant-id': 'demo' });
    let sends = 0;
    el.addEventListener(EVENTS.messageSend, () => (sends += 1));
    el.show({ draft: 'I have a question about order #1234' });
    await chatLoaded(el);
    await until(() => $<HTMLTextAreaElement>(el, 'textarea')?.value === 'I have a question about order #1234', 'the draft in the composer');
    await until(() => el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
    expect(sends).to.equal(0);
    expect(userTexts(el)).to.deep.equal([]);
    // Once open, another draft replaces the text.
    el.show({ draft: 'Something else' });
    await until(() => $<HTMLTextAreaElement>(el, 'textarea')?.value === 'Something else', 'the new draft');
  });
});
