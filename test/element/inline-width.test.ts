// Inline mode in the columns sites put it in: the widget takes the column's width and never
// widens the page, whatever an answer holds (a wide table, long code).
import { expect } from '@open-wc/testing';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { askAndAnswer } from '../../testing/chat-harness.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
const columns: HTMLElement[] = [];
afterEach(() => {
  rig?.server.stop();
  rig = null;
  for (const column of columns.splice(0)) column.remove();
});

// Two columns of long words: a table that stays a table (three columns or more become cards in
// a narrow log) and is wider than the column.
const WIDE_TABLE = ['| Plan | Region |', '|---|---|', ...Array.from({ length: 4 }, (_, i) => `| Plan-number-${i}-with-a-rather-long-name | europe-west-and-north-and-then-some-${i} |`)].join('\n');
const MANY_COLUMNS = ['| Plan | Price | Seats | Storage | Support |', '|---|---|---|---|---|', '| Basic | $49 | 10 | 100 GB | email |'].join('\n');

async function answeredIn(column: HTMLElement, content: string) {
  const api = conversationRoutes();
  rig = platformRig({ routes: api.routes });
  const el = await mount({ 'api-url': rig.apiUrl, mode: 'inline' }, { ports: rig.ports, attach: async (widget) => column.append(widget) });
  await chatLoaded(el, 15_000);
  await askAndAnswer(el, { api, rig }, 'Compare your plans', content);
  await until(() => $(el, '.table table') !== null, 'the table');
  return el;
}

function column(css: string): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = css;
  document.body.append(box);
  columns.push(box);
  return box;
}

for (const layout of ['grid', 'flex'] as const) {
  it(`inline in a 360 px ${layout} column: a wide table answer scrolls inside, and the column stays 360 px`, async () => {
    const box = column(layout === 'grid' ? 'display:grid;grid-template-columns:1fr;width:360px' : 'display:flex;width:360px');
    const el = await answeredIn(box, WIDE_TABLE);
    const table = $(el, '.table')!;
    expect(table.scrollWidth, 'the table is wider than the column').to.be.greaterThan(360);
    expect(box.scrollWidth, 'the column is not widened').to.be.at.most(360);
    expect($(el, '.panel')!.getBoundingClientRect().width).to.be.at.most(360);
  });
}

it('inline in a wide column, a table of many columns stays a table: cards are for narrow logs only', async () => {
  const el = await answeredIn(column('width:760px'), MANY_COLUMNS);
  expect(getComputedStyle($(el, '.markdown tbody tr')!).display).to.equal('table-row');
  expect($(el, '.markdown thead')!.getBoundingClientRect().height).to.be.above(10);
});
