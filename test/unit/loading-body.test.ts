import { expect } from '@open-wc/testing';
import { render } from 'lit/html.js';
import { OwnerChunk } from '../../src/chat/owner-chunk.js';
import { en } from '../../src/i18n/en.js';
import { createTerm } from '../../src/i18n/term.js';
import { createLogger } from '../../src/log/logger.js';
import { browserPorts } from '../../src/ports/browser-ports.js';
import { loadingBody } from '../../src/views/loading-body.js';

const t = createTerm('en', [en]);

describe('what the chat’s panel shows while a chunk loads (loadingBody)', () => {
  it('the shape of a conversation, announced as loading; on failure, a notice whose Retry asks again', () => {
    let retried = 0;
    const place = document.createElement('div');
    render(loadingBody(t, false, () => (retried += 1)), place);
    const skeleton = place.firstElementChild!;
    expect(skeleton.className).to.equal('skeleton');
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(skeleton.textContent!.trim()).to.equal(t('chatLoading'));
    render(loadingBody(t, true, () => (retried += 1)), place);
    const notice = place.querySelector('.notice')!;
    expect(place.querySelector('.skeleton')).to.equal(null);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain(t('chatLoadFailed'));
    notice.querySelector('button')!.click();
    expect(retried).to.equal(1);
  });

  it('keeps its nodes between renders (a focused Retry stays focused), and follows the words', () => {
    const place = document.createElement('div');
    render(loadingBody(t, true, () => {}), place);
    const button = place.querySelector('button')!;
    const german = createTerm('de', [{ ...en, retry: 'Erneut versuchen' }]);
    render(loadingBody(german, true, () => {}), place);
    expect(place.querySelector('button')).to.equal(button);
    expect(button.textContent).to.equal('Erneut versuchen');
  });

  it('the chat shows it while the site owner’s chunk that explains a broken configuration loads, or could not', () => {
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    const owner = new OwnerChunk({
      host,
      ports: browserPorts,
      logger: createLogger('test', () => false),
      addWords: async () => {},
    });
    const broken = { ok: false as const, problems: [] };
    const place = document.createElement('div');
    render(owner.configError(t, broken, () => {}), place);
    expect(place.querySelector('.skeleton')).to.exist;
    owner.failed = true;
    render(owner.configError(t, broken, () => {}), place);
    expect(place.querySelector('[role="alert"]')).to.exist;
  });
});
