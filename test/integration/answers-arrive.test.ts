// Every accepted question ends on screen (issue 23), against the real platform in three
// browsers: answers streamed to no one, lost, or stalled come from the history; a platform that
// is gone ends in a plain failure with Retry, never in an endless "typing".
import { expect } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { browserPorts } from '../../src/ports/browser-ports.js';
import { fastClock } from '../../testing/fast-clock.js';
import { $, $$, chatLoaded, mount } from '../../testing/mount.js';
import { killPlatform, platformPerTest, restartPlatform, widget } from '../../testing/reference-platform.js';
import { until } from '../../testing/wait.js';

const platforms = platformPerTest();
const QUESTION = 'What services does MIPTech offer?';

/** The last answer on screen, once whole: not streaming, with its sources. */
const answered = (el: MiptechChat) => {
  const answer = $$(el, '.message.assistant:not(.greeting)').at(-1);
  return answer !== undefined && answer.getAttribute('aria-busy') === 'false' && answer.querySelector('.sources') !== null;
};

describe('every accepted question ends on screen', () => {
  it('late-join (auth takes 800 ms; answers only to sockets joined when they start): 10 of 10 questions answered on screen within 5 s', async function () {
    this.timeout(120_000);
    const platform = await platforms.start({ faults: ['late-join'] });
    // The chat's code loads once, as a page's cache keeps it: the times below are the questions' own.
    const warm = await widget(platform);
    warm.show();
    await chatLoaded(warm, 20_000); // the first load of the chat's modules, on a machine that may be running three browsers
    warm.remove();
    const times: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      localStorage.clear(); // a new visitor: a socket that joins while the question is on its way
      const el = await widget(platform);
      el.show();
      const asked = Date.now();
      expect(el.send(QUESTION)).to.equal(true);
      await until(() => answered(el), `answer ${i + 1}`, 10_000);
      times.push(Date.now() - asked);
      el.remove();
    }
    expect(times.filter((ms) => ms <= 5_000), `times: ${times.join(', ')} ms`).to.have.length(10);
  });

  it('late-join: three questions written while the socket connects go out once, in order, and each gets its answer', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ faults: ['late-join'] });
    const el = await widget(platform);
    el.show();
    for (const q of ['What services does MIPTech offer?', 'How much does the assistant cost?', 'Is my data secure?']) expect(el.send(q)).to.equal(true);
    await until(() => $$(el, '.message.assistant:not(.greeting)').length === 3 && $$(el, '[aria-busy="true"]').length === 0 && $(el, '.typing') === null, 'three answers', 30_000);
    expect($$(el, '.message.user .bubble').map((b) => b.textContent)).to.deep.equal(['What services does MIPTech offer?', 'How much does the assistant cost?', 'Is my data secure?']);
    expect($(el, '.message.user .meta.failed')).to.equal(null);
  });

  it('lost-answer (stored, never streamed): the answer is on screen within the bound', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ faults: ['lost-answer'] });
    const el = await widget(platform);
    el.show();
    el.send(QUESTION);
    await until(() => answered(el), 'the stored answer', 15_000);
    expect($$(el, '.message.assistant:not(.greeting)').at(-1)!.textContent).to.contain('Data and analytics');
    expect($(el, '.typing')).to.equal(null);
  });

  it('stall (half streamed, completed only in storage): the whole answer is on screen within the bound', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ faults: ['stall'], streamDelayMs: 20 });
    const el = await widget(platform);
    el.show();
    el.send(QUESTION);
    await until(() => $$(el, '.message.assistant:not(.greeting)').length > 0, 'the answer starting');
    await until(() => answered(el), 'the whole answer', 15_000);
    expect($$(el, '.message.assistant:not(.greeting)').at(-1)!.textContent).to.contain('Data and analytics');
  });

  it('the platform gone after it took the question: "No answer arrived" with Retry, which brings the answer once it is back', async function () {
    this.timeout(60_000);
    // Nothing of the answer reaches the widget (lost-answer), and it would be stored only a minute
    // later: the platform dies with the question taken and the answer nowhere.
    const platform = await platforms.start({ faults: ['lost-answer'], streamDelayMs: 300 });
    // A minute without an answer, on a clock ten times as fast: the same code, six seconds here.
    const el = await mount({ 'api-url': platform.url }, { ports: { ...browserPorts(), scheduler: fastClock(10) } });
    el.show();
    el.send(QUESTION);
    await until(() => $(el, '.message.user .meta .visually-hidden')?.textContent === 'Sent', 'the question accepted', 10_000);
    await killPlatform(platform);
    // Six seconds of the widget's clock here; the wait allows for a machine running three browsers at once.
    await until(() => $(el, '.message.user .meta.failed') !== null, 'no answer, said plainly', 30_000).catch((error: Error) => {
      // What the page showed instead, for a run that fails here.
      const meta = $$(el, '.message.user .meta').map((m) => m.textContent!.trim()).join(' | ');
      throw new Error(`${error.message}: connection ${el.connectionState}, question meta "${meta}", typing ${$(el, '.typing') !== null}, visibility ${document.visibilityState}`);
    });
    expect($(el, '.message.user .meta.failed')!.textContent).to.contain('No answer arrived');
    expect($(el, '.typing'), 'the typing indicator is gone').to.equal(null);
    await restartPlatform(platform, [], 5);
    const retry = $$<HTMLButtonElement>(el, '.message.user .meta.failed button').find((b) => b.textContent === 'Retry')!;
    await until(() => el.connectionState === 'open', 'reconnected', 20_000);
    retry.click();
    await until(() => answered(el), 'the answer, asked again', 30_000);
    expect($(el, '.message.user .meta.failed')).to.equal(null);
  });
});
