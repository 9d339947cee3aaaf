// The built widget on a realtime platform (G4, MIPTech's production generation) when the chat's
// fetch ahead fails (so the chat comes under a fresh URL), and then its realtime dialect's chunk
// fails twice (a network blip as the visitor first opens the chat). Browsers remember a module
// that failed for its URL: without asking again under a fresh one at once and at the next link
// (scripts/rollup/import-again.mjs, session-dialect.ts), and without taking what the dialect
// shares with the chat from the page's holder rather than the chat's first URL, every
// reconnection would fail the same way until the page reloads, and no question would go.
import { expect } from '@open-wc/testing';
import { $, folderKey, scriptTagWidget, servedQueries, until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform({ dialect: 'realtime' });

describe('the script tag on a realtime platform, the chat failing once ahead and its dialect twice', () => {
  it('connects at the next link and answers', async function () {
    this.timeout(60_000);
    const key = folderKey();
    const el = await scriptTagWidget('chat-once-realtime-twice', platform.url(), {}, key);
    await until(() => !document.head.querySelector('link[rel="modulepreload"]') && performance.getEntriesByType('resource').some((e) => /\.chat-/.test(e.name)), 'the fetch ahead, failed');
    el.show();
    await until(() => $(el, 'textarea') !== null, 'the chat');
    expect(el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .sources') !== null, 'an answer', 40_000);
    expect(await servedQueries(key, /\.chat-/), 'the chat: ahead, then under a fresh URL').to.deep.equal(['', '?retry=1']);
    expect(await servedQueries(key, /\.realtime-/), 'the dialect: twice refused, then at the next link').to.deep.equal(['', '?retry=1', '?retry=2']);
    el.remove();
  });
});
