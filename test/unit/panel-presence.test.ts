// The panel's picture on the way out (issue 24, item 4: closing animates, as opening does), and
// a narrow table's column names (item 9), as pure logic on the fake clock.
import { expect } from '@open-wc/testing';
import { CLOSING_MS, closingController } from '../../src/controllers/closing-controller.js';
import { lexBlocks } from '../../src/markdown/lex-blocks.js';
import { inlineText } from '../../src/markdown/inline-text.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';

function closing({ reducedMotion = false } = {}) {
  const scheduler = new FakeScheduler();
  let renders = 0;
  let shown = false;
  const host = { addController() {}, requestUpdate: () => (renders += 1) };
  const media = (query: string) => ({ matches: reducedMotion && query.includes('reduced-motion'), addEventListener() {}, removeEventListener() {} });
  const controller = closingController(host as never, () => shown, () => scheduler, () => media);
  /** An update of the element with the panel open or closed. */
  const update = (open: boolean) => ((shown = open), controller.hostUpdate!());
  return { controller, scheduler, update, renders: () => renders };
}

describe('the closing panel', () => {
  it('is drawn for CLOSING_MS after it closes, then asks for the render that removes it', () => {
    const { controller, scheduler, update, renders } = closing();
    update(false);
    expect(controller.closing, 'never opened: nothing to animate').to.equal(false);
    update(true);
    update(false);
    expect(controller.closing).to.equal(true);
    scheduler.advance(CLOSING_MS - 1);
    expect([controller.closing, renders()]).to.deep.equal([true, 0]);
    scheduler.advance(1);
    expect([controller.closing, renders()]).to.deep.equal([false, 1]);
    update(false);
    expect(controller.closing, 'the render after it').to.equal(false);
  });

  it('opened again while closing, it is simply open, and the old timer does nothing', () => {
    const { controller, scheduler, update, renders } = closing();
    update(true);
    update(false);
    update(true);
    expect(controller.closing).to.equal(false);
    scheduler.advance(CLOSING_MS * 2);
    expect([controller.closing, renders(), scheduler.pending]).to.deep.equal([false, 0, 0]);
  });

  it('closed twice in a row, the second closing has its whole time', () => {
    const { controller, scheduler, update } = closing();
    update(true);
    update(false);
    scheduler.advance(100);
    update(true);
    update(false);
    scheduler.advance(100);
    expect(controller.closing, 'the first timer was cleared').to.equal(true);
    scheduler.advance(CLOSING_MS - 100);
    expect(controller.closing).to.equal(false);
  });

  it('goes at once for a visitor who prefers less motion, and when the element leaves the page', () => {
    const calm = closing({ reducedMotion: true });
    calm.update(true);
    calm.update(false);
    expect([calm.controller.closing, calm.scheduler.pending]).to.deep.equal([false, 0]);
    const moving = closing();
    moving.update(true);
    moving.update(false);
    moving.controller.hostDisconnected!();
    expect([moving.controller.closing, moving.scheduler.pending]).to.deep.equal([false, 0]);
  });
});

describe('a table column’s name as plain words', () => {
  const header = (markdown: string) => {
    const table = lexBlocks(markdown)[0];
    if (table.type !== 'table') throw new Error(`not a table: ${table.type}`);
    return table.header.map(inlineText);
  };

  it('keeps the words of emphasis, links, code and images, decodes entities, and drops the marks', () => {
    expect(header('| **Plan** | [Price](https://x.test) &amp; tax | `seats` | ![logo](https://x.test/a.png) | a\\|b |\n|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |')).to.deep.equal([
      'Plan',
      'Price & tax',
      'seats',
      'logo',
      'a|b',
    ]);
  });
});
