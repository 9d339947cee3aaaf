// How answers sit in the panel (issue 13, "for visitors"): answers take the panel's width while
// the visitor's messages stay bubbles, and a table wider than the answer says it scrolls.
import { expect } from '@open-wc/testing';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

const WIDE = `| ${Array.from({ length: 12 }, (_, i) => `column ${i}`).join(' | ')} |\n|${'---|'.repeat(12)}\n| ${Array.from({ length: 12 }, (_, i) => `value ${i}`).join(' | ')} |`;

async function answered(content: string) {
  const api = conversationRoutes();
  rig = platformRig({ routes: api.routes });
  const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
  el.show();
  await chatLoaded(el, 15_000);
  await until(() => $(el, '.dot.open') !== null, 'the socket open');
  el.send('Hi');
  await until(() => api.messages.length > 0, 'sent');
  const replyTo = (api.messages[0] as { client_message_id: string }).client_message_id;
  const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content, created_at: 't', reply_to: replyTo };
  api.store(message);
  rig.server.clients()[0].send(JSON.stringify({ type: 'response_complete', data: { message } }));
  await until(() => $(el, '.message.assistant:not(.greeting) .bubble') !== null, 'the answer');
  await el.updateComplete;
  return el;
}

describe('answers in the panel', () => {
  it('an answer takes the panel’s width; the visitor’s message stays a bubble on its side', async function () {
    this.timeout(20_000);
    const el = await answered('A long answer that would wrap in a narrow bubble, and reads better across the panel’s full width.');
    const log = $(el, '.messages')!.getBoundingClientRect();
    const answer = $(el, '.message.assistant:not(.greeting)')!.getBoundingClientRect();
    const mine = $(el, '.message.user')!.getBoundingClientRect();
    expect(answer.width / log.width).to.be.above(0.9);
    expect(mine.width / log.width).to.be.below(0.86);
  });

  it('a table wider than the answer scrolls, with a shadow at the edge that has more', async function () {
    this.timeout(20_000);
    const el = await answered(`Here:\n\n${WIDE}`);
    const box = $(el, '.markdown .table')!;
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(getComputedStyle(box).backgroundImage).to.contain('radial-gradient');
    expect(getComputedStyle(box).backgroundAttachment).to.contain('local');
  });
});
