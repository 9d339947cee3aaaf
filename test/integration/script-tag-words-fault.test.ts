// The built widget on a page in German when, ahead of the first open, both the chat and its German
// words fail to arrive (a network blip while the page is idle). Browsers remember a module that
// failed for its URL: the chat comes under a fresh one (load-chat.script.ts), and so do its words
// (scripts/rollup/import-again.mjs), which take what they share with the chat from the page's
// holder, not from the chat's first URL, which would fail again.
import { expect } from '@open-wc/testing';
import { $, folderKey, scriptTagWidget, servedQueries, until, usePageLanguage, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('the script tag on a page in German, the chat and its words failing once ahead of the first open', () => {
  usePageLanguage('de');

  it('opens the chat at the first click, in German, and it answers', async function () {
    this.timeout(40_000);
    const key = folderKey();
    const el = await scriptTagWidget('chat-and-words-fail-once', platform.url(), {}, key);
    await until(() => $(el, '.launcher')!.getAttribute('aria-label') === 'MIPTech KI-Assistent öffnen', 'the German launcher');
    // Fetched ahead once the page is idle, both refused.
    const end = Date.now() + 15_000;
    while ((await servedQueries(key, /\.locale-de-chat-/)).length === 0) {
      if (Date.now() > end) throw new Error('timed out waiting for the chat’s words, fetched ahead');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    el.show();
    await until(() => $(el, 'textarea')?.getAttribute('placeholder') === 'Nachricht eingeben…', 'the German composer');
    expect($(el, '.stand-in, .notice'), 'no failure shown').to.equal(null);
    expect(await servedQueries(key, /\.chat-/), 'the chat: ahead, then under a fresh URL').to.deep.equal(['', '?retry=1']);
    const words = await servedQueries(key, /\.locale-de-chat-/);
    expect(words[0], 'its words, first fetched ahead').to.equal('');
    expect(words.slice(1).filter((query) => query !== '' && query !== '?retry=1'), 'then asked for once more at most').to.deep.equal([]);
    expect(el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .sources') !== null, 'an answer', 30_000);
    expect($(el, '.sources')!.getAttribute('aria-label')).to.equal('Quellen');
    el.remove();
  });
});
