// A platform that never sends auth_success, as the integration guide's own client never waits for
// one (issue 14): one connection, streamed answers, a calm status line.
import { expect } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { platformPerTest, platformStats, widget } from '../../testing/reference-platform.js';
import { $, $$, chatLoaded } from '../../testing/mount.js';
import { jumpClocks, watchedPorts } from '../../testing/jump-clock.js';
import { until } from '../../testing/wait.js';

const platforms = platformPerTest();
/** The widget's clock in a test: real time, which a check that nothing happens can skip ahead. */
const jumpClock = jumpClocks();

const answers = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting)');

describe('a platform that never acknowledges auth', () => {
  it('counts the socket as open after a quiet moment: one connection, answers streamed over it, and a calm status line', async function () {
    this.timeout(30_000);
    const platform = await platforms.start({ faults: ['no-auth-ack'], streamDelayMs: 20 });
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const el = await widget(platform, { 'tenant-id': 'demo' }, watched.ports);
    el.show();
    await chatLoaded(el);
    await until(() => el.getAttribute('connection-state') === 'open', 'open without auth_success', 10_000);
    expect($(el, '.status') === null && $(el, '.banner') === null, 'open: nothing to say about the connection').to.equal(true);
    el.send('What services does MIPTech offer?');
    // Streamed: the answer grows with the cursor before it completes (not a whole answer from polling).
    await until(() => answers(el)[0]?.querySelector('.bubble.cursor') != null, 'the answer streaming', 10_000);
    await until(() => answers(el)[0]?.querySelector('.sources a') != null, 'the answer complete', 15_000);
    // Longer than the old 10 s auth timeout, and than a heartbeat's wait: no reconnect follows.
    clock.jump(12_000);
    expect(watched.sockets(), 'sockets opened').to.equal(1);
    expect((await platformStats(platform)).connections).to.equal(1);
    expect(el.getAttribute('connection-state')).to.equal('open');
    expect($(el, '.status') === null && $(el, '.banner') === null, 'no status line, no banner').to.equal(true);
  });
});
