import { expect } from '@open-wc/testing';
import { OwnerChunk } from '../../src/chat/owner-chunk.js';
import { en } from '../../src/i18n/en.js';
import { createTerm } from '../../src/i18n/term.js';
import { createLogger } from '../../src/log/logger.js';
import { browserPorts } from '../../src/ports/browser-ports.js';
import { loadingBody } from '../../src/views/loading-body.js';

const t = createTerm('en', [en]);

describe('what a panel shows while a chunk loads (loadingBody)', () => {
  it('the shape of a conversation, announced as loading; on failure, a notice whose Retry asks again', () => {
    let retried = 0;
    const body = loadingBody(() => (retried += 1));
    const skeleton = body.draw(t, false);
    expect(skeleton.className).to.equal('skeleton');
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(skeleton.textContent).to.equal(t('chatLoading'));
    const notice = body.draw(t, true);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain(t('chatLoadFailed'));
    notice.querySelector('button')!.click();
    expect(retried).to.equal(1);
  });

  it('keeps its nodes between draws (a focused Retry stays focused), and follows the words', () => {
    const body = loadingBody(() => {});
    const notice = body.draw(t, true);
    expect(body.draw(t, true)).to.equal(notice);
    const german = createTerm('de', [{ ...en, retry: 'Erneut versuchen' }]);
    expect(body.draw(german, true).querySelector('button')!.textContent).to.equal('Erneut versuchen');
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
    const waiting = owner.configError(t, broken, () => {}) as HTMLElement;
    expect(waiting.className).to.equal('skeleton');
    owner.failed = true;
    expect((owner.configError(t, broken, () => {}) as HTMLElement).getAttribute('role')).to.equal('alert');
  });
});
