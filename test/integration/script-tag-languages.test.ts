// The built widget on a page in German: it speaks German, and fetches German and nothing else
// (the launcher's words at once, the chat's with the chat, fetched ahead with it when the page is
// idle, the site owner's never). Imports nothing from src/: the built files are the first to
// define the tag. (With the chat fetched on intent: script-tag-languages-intent.test.ts.)
import { expect } from '@open-wc/testing';
import { $, scriptTagWidget, until, usePageLanguage, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();
/** The built language files fetched so far: `de`, `de-chat`, `de-owner`… */
const languageFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /miptech-chat\.locale-([a-z]+(?:-chat|-owner)?)-[\w-]+\.js$/.exec(e.name)?.[1])
    .filter(Boolean);

describe('the script tag on a page in German', () => {
  usePageLanguage('de');

  it('speaks German and downloads English (built in) and German only', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('plain', platform.url());
    await until(() => $(el, '.launcher')!.getAttribute('aria-label') === 'MIPTech KI-Assistent öffnen', 'the German launcher');
    // Once the page is idle, the chat is fetched ahead, and its German words with it: the first
    // open then waits on no network (the chat draws only once its words are here).
    await until(() => languageFiles().includes('de-chat'), 'the chat’s German words, fetched ahead');
    expect(languageFiles().sort(), 'before any open').to.deep.equal(['de', 'de-chat']);
    el.show();
    await until(() => $(el, 'textarea')?.getAttribute('placeholder') === 'Nachricht eingeben…', 'the German composer');
    expect(el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .sources') !== null, 'an answer', 30_000);
    expect($(el, '.sources')!.getAttribute('aria-label')).to.equal('Quellen');
    expect(languageFiles().sort()).to.deep.equal(['de', 'de-chat']);
    el.remove();
  });
});
