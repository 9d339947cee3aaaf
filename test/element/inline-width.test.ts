// Inline mode in the columns sites put it in: the widget takes the column's width and never
// widens the page, whatever an answer holds (a wide table, long code).
import { expect } from '@open-wc/testing';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
const columns: HTMLElement[] = [];
afterEach(() => {
  rig?.server.stop();
  rig = null;
  for (const column of columns.splice(0)) column.remove();
});

const WIDE_TABLE = ['| Plan | Price | Seats | Storage | Support | Region |', '|---|---|---|---|---|---|', ...Array.from({ length: 4 }, (_, i) => `| Plan-number-${i}-with-a-long-name | $${i}49.00/month | ${i}0 seats | ${i}00 GB | business-hours | europe-west-and-north |`)].join('\n');

for (const layout of ['grid', 'flex'] as const) {
  it(`inline in a 360 px ${layout} column: a wide table answer scrolls inside, and the column stays 360 px`, async () => {
    const column = document.createElement('div');
    column.style.cssText = layout === 'grid' ? 'display:grid;grid-template-columns:1fr;width:360px' : 'display:flex;width:360px';
    document.body.append(column);
    columns.push(column);
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const el = await mount({ 'api-url': rig.apiUrl, mode: 'inline' }, { ports: rig.ports, attach: async (widget) => column.append(widget) });
    await chatLoaded(el, 15_000);
    await until(() => el.connectionState === 'open', 'the socket open');
    el.send('Compare your plans');
    await until(() => api.messages.length > 0, 'sent');
    const replyTo = (api.messages[0] as { client_message_id: string }).client_message_id;
    const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: WIDE_TABLE, created_at: 't', reply_to: replyTo };
    api.store(message);
    rig.server.clients()[0].send(JSON.stringify({ type: 'response_complete', data: { message } }));
    await until(() => $(el, '.table table') !== null, 'the table');
    const table = $(el, '.table')!;
    expect(table.scrollWidth, 'the table is wider than the column').to.be.greaterThan(360);
    expect(column.scrollWidth, 'the column is not widened').to.be.at.most(360);
    expect($(el, '.panel')!.getBoundingClientRect().width).to.be.at.most(360);
  });
}
