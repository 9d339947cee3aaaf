// The script-tag widget when its chat chunk cannot be fetched at first (offline, blocked): the
// launcher says at once that the chat is on its way, a notice says it could not be loaded, and
// Retry loads it. A file of its own: one page defines the tag once, from one loader folder.
import { expect } from '@open-wc/testing';
import { $, chunkRequests, pageIdle, scriptTagWidget, until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('the script tag, when the chat cannot be fetched', () => {
  it('with prefetch="intent", fetches nothing before intent; then says at once that the chat loads, then that it could not be loaded, and Retry loads it', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('fail-once', platform.url(), { prefetch: 'intent' });
    await pageIdle();
    expect(chunkRequests(), 'nothing fetched ahead, though the page is idle').to.equal(0);
    $(el, '.launcher')!.focus();
    $(el, '.launcher')!.click();
    await el.updateComplete;
    expect($(el, '.launcher')!.classList.contains('busy'), 'the launcher turns at once').to.equal(true);
    expect($(el, '[role="status"]')!.textContent, 'and the status region says why').to.equal('Loading the chat…');
    await until(() => $(el, '.stand-in[role="alert"]') !== null, 'the load failure');
    const notice = $(el, '.stand-in')!;
    expect(notice.textContent).to.contain('could not be loaded');
    expect(getComputedStyle(notice).position, 'a notice above the launcher').to.equal('fixed');
    expect($(el, '.launcher')!.classList.contains('busy'), 'the launcher stops turning').to.equal(false);
    expect($(el, '.launcher')!.classList.contains('has-problem'), 'a failed download is not a fault of the site: no "!"').to.equal(false);
    notice.querySelector('button')!.focus();
    notice.querySelector('button')!.click();
    await el.updateComplete;
    expect($(el, '.stand-in'), 'the notice goes while the chat is fetched again').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus waits on the launcher, not on the page').to.equal($(el, '.launcher'));
    await until(() => $(el, 'textarea') !== null && el.shadowRoot!.activeElement === $(el, 'textarea'), 'the chat after Retry, focus in its composer');
    expect(el.send('How much does it cost?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .bubble') !== null, 'an answer', 30_000);
    el.remove();
  });
});
