// The built widget with `debug`, on a page in German, when the site owner's chunk (the connection
// test) fails to arrive once. Browsers remember a module that failed for its URL: without asking
// again under a fresh one (scripts/rollup/import-again.mjs), the owner would see "could not load"
// with a Retry that could never work until the page reloads; and the owner's German words, which
// share the chunk's English keys, take them from the page's holder, not its first URL.
import { expect } from '@open-wc/testing';
import { $, folderKey, scriptTagWidget, servedQueries, until, usePageLanguage, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('the script tag with debug, the site owner’s chunk failing once', () => {
  usePageLanguage('de');

  it('asks for it again under a fresh URL, and shows the connection test in German', async function () {
    this.timeout(40_000);
    const key = folderKey();
    const el = await scriptTagWidget('debug-fail-once', platform.url(), { debug: '' }, key);
    el.show();
    await until(() => $(el, '.diagnostics') !== null, 'the diagnostics', 20_000);
    await until(() => ($(el, '.diagnostics')!.textContent ?? '').includes('Verbindungstest'), 'the owner’s German words');
    expect($(el, '.diagnostics')!.textContent).to.contain(platform.url());
    expect(await servedQueries(key, /\.debug-/)).to.deep.equal(['', '?retry=1']);
    el.remove();
  });
});
