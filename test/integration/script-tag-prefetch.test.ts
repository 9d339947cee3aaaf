// The script-tag widget whose fetch of the chat ahead of intent failed (offline for a moment,
// blocked): the browser remembers a failed module preload for its address, so the first open
// asks again under another, and the visitor never sees the failure. A file of its own: one page
// defines the tag once, from one loader folder.
import { expect } from '@open-wc/testing';
import { $, chunkRequests, scriptTagWidget, until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('the script tag, when fetching the chat ahead fails', () => {
  it('opens the chat at the first click all the same, without a failure to retry', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('fail-once', platform.url());
    await until(() => chunkRequests() === 1 && !document.head.querySelector('link[rel="modulepreload"]'), 'the fetch ahead, failed');
    el.show();
    await until(() => $(el, 'textarea') !== null || $(el, '.stand-in, .notice') !== null, 'the chat, or a failure');
    expect($(el, '.stand-in, .notice'), 'no failure shown').to.equal(null);
    expect(chunkRequests(), 'asked for once more, at the first open').to.equal(2);
    el.remove();
  });
});
