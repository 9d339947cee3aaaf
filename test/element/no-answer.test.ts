// The view of a question no answer came to (issue 23), on the virtual clock: the typing
// indicator while it waits, then "No answer arrived" with Retry (asks the platform again) and
// Discard, said once, never an endless "typing".
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { ANSWER_WATCH } from '../../src/session/answer-watch.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';
import { conversationRoutes, platformRig } from '../../testing/mock-platform.js';
import { $, $$, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

/** Moves the virtual clock `ms` on, a second at a time, letting each fetch it starts finish. */
async function pass(scheduler: FakeScheduler, ms: number) {
  for (let left = ms; left > 0; left -= 1000) {
    scheduler.advance(Math.min(1000, left));
    await new Promise((r) => setTimeout(r, 0));
  }
}

describe('a question no answer came to', () => {
  it('shows typing until the bound, then "No answer arrived" with Retry and Discard; Retry asks again, Discard lets it go', async () => {
    const scheduler = new FakeScheduler(() => 0.5);
    const api = conversationRoutes();
    const rig = platformRig({ routes: api.routes, scheduler });
    // The guide's protocol, pinned: the first visit's wait for a greeting (dialect-socket.test.ts) is not this test's.
    const el = await mount({ 'api-url': rig.apiUrl, protocol: 'guide' }, { ports: rig.ports });
    el.show();
    await chatLoaded(el);
    el.send('Is anyone there?');
    await until(() => $(el, '.message.user .meta .visually-hidden')?.textContent === 'Sent', 'the question taken');
    await pass(scheduler, ANSWER_WATCH.giveUpMs - 1000);
    await until(() => $(el, '.typing') !== null, 'typing while it waits');
    const fetches = rig.calls.filter((c) => c.method === 'GET' && c.url.includes('/messages')).length;
    expect(fetches, 'the history was looked at while waiting').to.be.at.least(5);
    await pass(scheduler, 1000);
    await until(() => $(el, '.message.user .meta.failed') !== null, 'no answer, said');
    expect($(el, '.typing'), 'no typing past the bound').to.equal(null);
    const failed = $(el, '.message.user .meta.failed')!;
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(failed.textContent).to.contain('No answer arrived.');
    const [retry, discard] = $$<HTMLButtonElement>(el, '.message.user .meta.failed button');
    expect([retry.textContent, discard.textContent]).to.deep.equal(['Retry', 'Discard']);
    retry.click();
    await until(() => api.regenerated.length === 1, 'asked again');
    await until(() => $(el, '.message.user .meta.failed') === null && $(el, '.typing') !== null, 'waiting again');
    await pass(scheduler, ANSWER_WATCH.giveUpMs);
    await until(() => $(el, '.message.user .meta.failed') !== null, 'no answer, said again');
    $$<HTMLButtonElement>(el, '.message.user .meta.failed button')[1].click();
    await until(() => $$(el, '.message.user').length === 0, 'the question let go');
    expect($(el, '.typing')).to.equal(null);
  });
});
