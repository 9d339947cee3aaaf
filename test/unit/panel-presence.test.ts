// The panel drawn while closed: ahead of its first showing (issue 27: a click after intent only
// shows it), and its picture on the way out (issue 24, item 4: closing animates, as opening
// does); and a narrow table's column names (item 9), as pure logic on the fake clock.
import { expect } from '@open-wc/testing';
import { CLOSING_MS, closedPanelController } from '../../src/controllers/closed-panel-controller.js';
import { lexBlocks } from '../../src/markdown/lex-blocks.js';
import { inlineText } from '../../src/markdown/inline-text.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';

function closedPanel({ reducedMotion = false, mayDrawAhead = () => false }: { reducedMotion?: boolean; mayDrawAhead?: () => boolean } = {}) {
  const scheduler = new FakeScheduler();
  let renders = 0;
  let shown = false;
  const host = { addController() {}, requestUpdate: () => (renders += 1) };
  const media = (query: string) => ({ matches: reducedMotion && query.includes('reduced-motion'), addEventListener() {}, removeEventListener() {} });
  const controller = closedPanelController(host as never, () => shown, mayDrawAhead, () => scheduler, () => media);
  /** An update of the element with the panel open or closed. */
  const update = (open: boolean) => ((shown = open), controller.hostUpdate!());
  return { controller, scheduler, update, renders: () => renders };
}

/** The closing animation alone: a conversation is under way, so nothing is drawn ahead. */
const closing = (options: { reducedMotion?: boolean } = {}) => closedPanel(options);

describe('the panel drawn ahead of its first showing', () => {
  it('is drawn, out of sight, from the chat’s arrival until it first shows; never again after', () => {
    const { controller, update, scheduler } = closedPanel({ mayDrawAhead: () => true });
    expect([controller.ahead, controller.drawn], 'the chat arrived on intent').to.deep.equal([true, true]);
    update(false);
    expect([controller.ahead, controller.drawn], 'an update while closed').to.deep.equal([true, true]);
    update(true);
    expect(controller.ahead, 'shown: an open panel').to.equal(false);
    update(false);
    scheduler.advance(CLOSING_MS);
    update(false);
    expect([controller.ahead, controller.drawn], 'closed after its closing animation').to.deep.equal([false, false]);
  });

  it('is not drawn while it may not be (a conversation under way, or an inline panel), and is once it may', () => {
    let may = false;
    const { controller, update } = closedPanel({ mayDrawAhead: () => may });
    update(false);
    expect([controller.ahead, controller.drawn], 'a message the page sent, on its way').to.deep.equal([false, false]);
    may = true;
    expect([controller.ahead, controller.drawn]).to.deep.equal([true, true]);
  });
});

describe('the closing panel', () => {
  it('is drawn for CLOSING_MS after it closes, then asks for the render that removes it', () => {
    const { controller, scheduler, update, renders } = closing();
    update(false);
    expect(controller.drawn, 'never opened: nothing to animate').to.equal(false);
    update(true);
    update(false);
    expect(controller.drawn).to.equal(true);
    scheduler.advance(CLOSING_MS - 1);
    expect([controller.drawn, renders()]).to.deep.equal([true, 0]);
    scheduler.advance(1);
    expect([controller.drawn, renders()]).to.deep.equal([false, 1]);
    update(false);
    expect(controller.drawn, 'the render after it').to.equal(false);
  });

  it('opened again while closing, it is simply open, and the old timer does nothing', () => {
    const { controller, scheduler, update, renders } = closing();
    update(true);
    update(false);
    update(true);
    expect(controller.drawn).to.equal(false);
    scheduler.advance(CLOSING_MS * 2);
    expect([controller.drawn, renders(), scheduler.pending]).to.deep.equal([false, 0, 0]);
  });

  it('closed twice in a row, the second closing has its whole time', () => {
    const { controller, scheduler, update } = closing();
    update(true);
    update(false);
    scheduler.advance(100);
    update(true);
    update(false);
    scheduler.advance(100);
    expect(controller.drawn, 'the first timer was cleared').to.equal(true);
    scheduler.advance(CLOSING_MS - 100);
    expect(controller.drawn).to.equal(false);
  });

  it('goes at once for a visitor who prefers less motion, and when the element leaves the page', () => {
    const calm = closing({ reducedMotion: true });
    calm.update(true);
    calm.update(false);
    expect([calm.controller.drawn, calm.scheduler.pending]).to.deep.equal([false, 0]);
    const moving = closing();
    moving.update(true);
    moving.update(false);
    moving.controller.hostDisconnected!();
    expect([moving.controller.drawn, moving.scheduler.pending]).to.deep.equal([false, 0]);
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
