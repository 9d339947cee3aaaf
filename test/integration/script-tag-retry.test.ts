// The script-tag widget when its chat chunk cannot be fetched at first (offline, blocked): the
// panel shows at once, says so, and Retry loads it. A file of its own: one page defines the tag
// once, from one loader folder.
import { expect } from '@open-wc/testing';
import { $, chunkRequests, pageIdle, scriptTagWidget, until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('the script tag, when the chat cannot be fetched', () => {
  it('with prefetch="intent", fetches nothing before intent; then shows the panel at once, says the chat could not be loaded, and Retry loads it', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('fail-once', platform.url(), { prefetch: 'intent' });
    await pageIdle();
    expect(chunkRequests(), 'nothing fetched ahead, though the page is idle').to.equal(0);
    el.show();
    await el.updateComplete;
    expect($(el, '.panel'), 'the panel shows at once').to.exist;
    expect($(el, '.skeleton'), 'with a skeleton while the chat loads').to.exist;
    await until(() => $(el, '.notice') !== null, 'the load failure');
    expect($(el, '.notice')!.textContent).to.contain('could not be loaded');
    expect($(el, '.launcher')!.classList.contains('has-problem'), 'a failed download is not a fault of the site: no "!"').to.equal(false);
    ($(el, '.notice button') as HTMLButtonElement).click();
    await until(() => $(el, 'textarea') !== null, 'the chat after Retry');
    expect(el.send('How much does it cost?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .bubble') !== null, 'an answer', 30_000);
    el.remove();
  });
});
