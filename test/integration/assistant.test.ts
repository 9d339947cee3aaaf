import { expect, oneEvent } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { platformPerTest, platformStats, widget } from '../../testing/reference-platform.js';
import { until } from '../../testing/wait.js';
import { $, $$ } from '../../testing/mount.js';

const platforms = platformPerTest();

const answers = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting)');
const settled = (el: MiptechChat) => answers(el).length > 0 && $$(el, '[aria-busy="true"]').length === 0;

describe('the assistant experience against the real platform', () => {
  it('renders the streamed answer as markdown, offers follow-ups, and a follow-up sends', async function () {
    this.timeout(40_000);
    const platform = await platforms.start();
    const el = await widget(platform);
    el.show();
    el.send('How much does the assistant cost?');
    await until(() => settled(el) && $(el, '.suggestions .chip') !== null, 'answer with suggestions', 10_000);
    const answer = answers(el)[0];
    expect(answer.querySelector('table')).to.exist; // the pricing table, as GFM
    expect(answer.querySelector('strong')).to.exist;
    const chip = $<HTMLButtonElement>(el, '.suggestions .chip')!;
    const question = chip.textContent!;
    chip.click();
    await until(() => answers(el).length === 2 && settled(el), 'second answer', 10_000);
    expect($$(el, '.message.user .bubble').map((b) => b.textContent)).to.deep.equal(['How much does the assistant cost?', question]);
  });

  it('feedback reaches the platform and is emitted', async () => {
    const platform = await platforms.start();
    const el = await widget(platform);
    el.show();
    el.send('Is my data secure?');
    await until(() => settled(el) && $(el, 'button[aria-label="Helpful"]') !== null, 'answer', 10_000);
    const feedback = oneEvent(el, 'miptech-feedback');
    $<HTMLButtonElement>(el, 'button[aria-label="Helpful"]')!.click();
    expect((await feedback).detail.rating).to.equal('up');
    expect((await platformStats(platform)).feedback).to.equal(1);
  });

  it('stop reaches the platform: the answer ends, marked interrupted, and regenerate brings a full one', async function () {
    this.timeout(60_000);
    const platform = await platforms.start({ streamDelayMs: 60 });
    const el = await widget(platform);
    el.show();
    el.send('What services does MIPTech offer?');
    await until(() => $(el, '.send.stop') !== null && (answers(el)[0]?.textContent?.length ?? 0) > 20, 'streaming', 10_000);
    $<HTMLButtonElement>(el, '.send.stop')!.click();
    await until(() => $(el, '.meta.interrupted') !== null, 'interrupted mark', 10_000);
    expect((await platformStats(platform)).cancelled).to.equal(1);
    const partial = answers(el)[0].querySelector('.bubble')!.textContent!;
    expect(partial).not.to.contain('Data and analytics');
    $<HTMLButtonElement>(el, '.meta.interrupted button')!.click();
    await until(() => answers(el).length === 1 && settled(el) && answers(el)[0].querySelector('.sources') !== null, 'regenerated answer, in the interrupted one’s place', 20_000);
    expect(answers(el)[0].textContent).to.contain('Data and analytics');
    // The interrupted one is one click away.
    $<HTMLButtonElement>(el, '.versions button')!.click();
    await until(() => $(el, '.meta.interrupted') !== null, 'the interrupted version back', 5000);
    expect(answers(el)).to.have.length(1);
  });
});
