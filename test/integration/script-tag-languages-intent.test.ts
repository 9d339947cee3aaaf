// The built widget on a page in German, with the chat fetched on intent only (`prefetch="intent"`):
// nothing of the chat's before the visitor's intent, and then the chat's German words fetched
// with the chat, not after it has run (which would add a round trip to the first open). A file of
// its own: one page defines the tag once, and fetches each file once.
import { expect } from '@open-wc/testing';
import { $, pageIdle, scriptTagWidget, until, usePageLanguage, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();
const resource = (pattern: RegExp) => performance.getEntriesByType('resource').find((e) => pattern.test(e.name)) as PerformanceResourceTiming | undefined;
const GERMAN_CHAT_WORDS = /miptech-chat\.locale-de-chat-[\w-]+\.js$/;
const CHAT = /miptech-chat\.chat-[\w-]+\.js$/;

describe('the script tag on a page in German, the chat fetched on intent', () => {
  usePageLanguage('de');

  it('fetches the chat’s German words with the chat at the first open, not once the chat has run', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('plain', platform.url(), { prefetch: 'intent' });
    await until(() => $(el, '.launcher')!.getAttribute('aria-label') === 'MIPTech KI-Assistent öffnen', 'the German launcher');
    await pageIdle();
    expect(resource(CHAT), 'no chat before intent').to.equal(undefined);
    expect(resource(GERMAN_CHAT_WORDS), 'nor its words').to.equal(undefined);
    el.show();
    await until(() => $(el, 'textarea')?.getAttribute('placeholder') === 'Nachricht eingeben…', 'the German composer');
    const chat = resource(CHAT)!;
    const words = resource(GERMAN_CHAT_WORDS)!;
    // Asked for before the chat's file had even arrived, so before the chat could ask for them.
    expect(words.startTime, 'the words asked for while the chat was on its way').to.be.below(chat.responseEnd);
    expect(performance.getEntriesByType('resource').filter((e) => GERMAN_CHAT_WORDS.test(e.name)), 'fetched once').to.have.length(1);
    el.remove();
  });
});
