// The widget against the reference platform in each of MIPTech's protocol generations
// (docs/protocol.md, "Dialects"): G4 (`realtime`), G3 (`realtime-jwt`) and the guide's, strictly.
// The snippet is the same in each: nothing tells the widget which one it is talking to.
import { expect } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { dropSockets, platformPerTest, platformStats, revokeTokens, widget, type Platform } from '../../testing/reference-platform.js';
import { $, $$ } from '../../testing/mount.js';
import { jumpClocks, watchedPorts } from '../../testing/jump-clock.js';
import { until } from '../../testing/wait.js';

const platforms = platformPerTest();
const jumpClock = jumpClocks();
const answers = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting)');
const settled = (el: MiptechChat, count: number) => answers(el).length === count && $$(el, '[aria-busy="true"]').length === 0 && $(el, '.typing') === null;
const questions = (el: MiptechChat) => $$(el, '.message.user .bubble').map((b) => b.textContent!.trim());
const stats = (p: Platform) => platformStats(p) as Promise<Awaited<ReturnType<typeof platformStats>> & { clientFrames?: Record<string, number> }>;
/** The protocol each `miptech-connection-change` to open said. */
const protocols = (el: MiptechChat) => {
  const seen: (string | null)[] = [];
  el.addEventListener('miptech-connection-change', (e) => e.detail.state === 'open' && seen.push(e.detail.protocol));
  return seen;
};

async function ask(el: MiptechChat, question: string, count: number) {
  el.send(question);
  await until(() => settled(el, count), `answer ${count}`, 20_000);
}

describe('the widget on every generation of the MIPTech platform', () => {
  it('G4 (realtime): found out cold, the answer streams and formats with its sources, over the socket only; a reload keeps the conversation, remembered as realtime', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ dialect: 'realtime' });
    const el = await widget(platform);
    const seen = protocols(el);
    el.show();
    await ask(el, 'How much does the assistant cost?', 1);
    const answer = answers(el)[0];
    expect(answer.querySelector('table'), 'markdown: the pricing table').to.exist;
    expect(answer.querySelector('.sources a'), 'its sources').to.exist;
    expect(seen).to.deep.equal(['realtime']);
    expect((await stats(platform)).clientFrames).to.not.have.property('auth');
    el.remove();
    // A reload: the platform keeps no history; the widget kept the conversation.
    const again = await widget(platform);
    const seenAgain = protocols(again);
    again.show();
    await until(() => questions(again).length === 1 && answers(again).length === 1, 'the conversation kept', 10_000);
    await ask(again, 'How can I contact you?', 2);
    expect(questions(again)).to.deep.equal(['How much does the assistant cost?', 'How can I contact you?']);
    expect(seenAgain).to.deep.equal(['realtime']);
    expect(localStorage.getItem(Object.keys(localStorage).find((k) => k.includes(':dialect:'))!)).to.equal('"realtime"');
  });

  it('G4: a reconnect continues the visible conversation, though the platform starts a new chat', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ dialect: 'realtime' });
    const el = await widget(platform);
    el.show();
    await ask(el, 'What services does MIPTech offer?', 1);
    await dropSockets(platform);
    await until(() => el.connectionState !== 'open', 'the link lost', 10_000);
    await until(() => el.connectionState === 'open', 'back', 20_000);
    await ask(el, 'Is my data secure?', 2);
    expect(questions(el)).to.deep.equal(['What services does MIPTech offer?', 'Is my data secure?']);
    expect((await stats(platform)).connections).to.equal(2);
  });

  it('G3 (realtime-jwt): joins with the site’s token, never speaks auth, and a refused token (4401) is replaced once', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ dialect: 'realtime-jwt' });
    const el = await widget(platform);
    let calls = 0;
    el.getAuthToken = async () => {
      calls += 1;
      const res = await fetch(`${platform.url}/api/token`, { method: 'POST', body: JSON.stringify({ tenant_id: 'miptech-company' }) });
      return ((await res.json()) as { token: string }).token;
    };
    el.show();
    await ask(el, 'Is there a free trial?', 1);
    expect((await stats(platform)).clientFrames).to.not.have.property('auth');
    await revokeTokens(platform);
    await dropSockets(platform);
    await until(() => calls === 2 && el.connectionState === 'open', 'a new token, and joined again', 20_000);
    await ask(el, 'How can I contact you?', 2);
    expect(calls).to.equal(2);
  });

  it('a refusal stops: a tenant the platform does not know gets a clear banner and no reconnect loop', async function () {
    this.timeout(30_000);
    const platform = await platforms.start({ dialect: 'realtime' });
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const el = await widget(platform, { 'tenant-id': 'nobody' }, watched.ports);
    el.show();
    await until(() => $(el, '.banner') !== null && el.connectionState === 'closed', 'the banner', 15_000);
    clock.jump(60_000); // six times the longest wait between attempts
    expect(watched.sockets(), 'sockets made').to.equal(1);
    expect((await stats(platform)).connections).to.equal(1);
  });

  it('the guide’s platform, strictly (session_id in the URL only; no auth_success, seq or index): the answer streams and formats, and a reload keeps it', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ strict: true });
    const el = await widget(platform);
    const seen = protocols(el);
    el.show();
    await ask(el, 'How much does the assistant cost?', 1);
    expect(answers(el)[0].querySelector('table')).to.exist;
    expect(seen).to.deep.equal(['guide']);
    el.remove();
    const again = await widget(platform);
    again.show();
    await until(() => questions(again).length === 1 && answers(again).length === 1, 'the history, without seq', 10_000);
    await ask(again, 'How can I contact you?', 2);
    expect(questions(again)).to.deep.equal(['How much does the assistant cost?', 'How can I contact you?']);
  });
});
