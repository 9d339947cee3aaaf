// WCAG 2.2 A/AA with axe-core (issue 11): every state of the widget, with the brand colours an
// auditor tried, in light and dark, in all three browsers. 0 violations.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { axeViolations } from '../../testing/axe.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { settle } from '../../testing/settle.js';
import { until } from '../../testing/wait.js';

const rigs: PlatformRig[] = [];
afterEach(() => rigs.splice(0).forEach((r) => r.server.stop()));

const ANSWER = 'Our **Basic** plan:\n\n| plan | price |\n|---|---|\n| Basic | $10 |\n\n```js\nconst plan = "basic";\n```\n\nSee [pricing](https://example.com/pricing).';

async function widget(attributes: Record<string, string | boolean>, socket: 'auth' | 'close-4003' = 'auth') {
  const api = conversationRoutes();
  const rig = platformRig({ routes: api.routes, socket });
  rigs.push(rig);
  const el = await mount({ 'api-url': rig.apiUrl, 'starter-prompts': 'What do you offer?|Prices?', ...attributes }, { ports: rig.ports });
  return { el, api, rig };
}

/** Checks the widget as it is now; `state` names it in the failure. */
async function clean(el: MiptechChat, state: string) {
  await el.updateComplete;
  settle(el); // a fading-in panel or message is not what a visitor reads
  expect(await axeViolations(el), state).to.deep.equal([]);
}

async function conversationStates(el: MiptechChat, api: ReturnType<typeof conversationRoutes>, rig: PlatformRig) {
  await clean(el, 'closed');
  el.show();
  await chatLoaded(el, 15_000);
  await clean(el, 'empty, with greeting and prompts');
  await until(() => el.connectionState === 'open', 'the socket open');
  el.send('Prices?');
  await until(() => api.messages.length > 0, 'sent');
  const replyTo = (api.messages[0] as { client_message_id: string }).client_message_id;
  const peer = rig.server.clients()[0];
  peer.send(JSON.stringify({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a1', reply_to: replyTo } }));
  peer.send(JSON.stringify({ type: 'response_chunk', data: { message_id: 'a1', index: 0, delta: ANSWER.slice(0, 40) } }));
  await until(() => $(el, '.message.assistant:not(.greeting) .bubble') !== null, 'streaming');
  await clean(el, 'mid-stream');
  const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: ANSWER, created_at: 't', reply_to: replyTo, suggestions: ['And the Pro plan?'], sources: [{ title: 'Pricing', url: 'https://example.com/pricing', snippet: 'Basic costs $10.' }] };
  api.store(message);
  peer.send(JSON.stringify({ type: 'response_complete', data: { message } }));
  await until(() => $(el, '.sources') !== null && $(el, '.markdown table') !== null, 'the complete answer');
  await clean(el, 'an answer with sources, code and a table');
  $(el, '[aria-label="Not helpful"]')!.click();
  await until(() => $(el, '.feedback-form') !== null, 'the feedback form');
  await clean(el, 'the feedback form');
}

const BRANDS = ['#ffff00', '#00ff00', '#777777', '#000000', '#ffffff'];

describe('axe-core, WCAG 2.2 A and AA, in every state', () => {
  for (const brand of BRANDS) {
    for (const theme of ['light', 'dark']) {
      describe(`${brand}, ${theme}`, () => {
        it('closed, empty, mid-stream, an answer with sources, code and a table, the feedback form', async function () {
          this.timeout(60_000);
          const { el, api, rig } = await widget({ 'primary-color': brand, theme });
          await conversationStates(el, api, rig);
        });

        it('the error panel, the config error, the diagnostics', async function () {
          this.timeout(60_000);
          const refused = await widget({ 'primary-color': brand, theme }, 'close-4003');
          refused.el.show();
          await until(() => $(refused.el, '.banner') !== null, 'the error panel', 15_000);
          await clean(refused.el, 'the error panel');
          const broken = await widget({ 'primary-color': brand, theme, 'api-url': 'not a url' });
          broken.el.show();
          await until(() => $(broken.el, '.notice li') !== null, 'the config error', 15_000);
          await clean(broken.el, 'the config error');
          const debug = await widget({ 'primary-color': brand, theme, debug: true });
          debug.el.show();
          await until(() => $(debug.el, '.diagnostics') !== null, 'the diagnostics', 15_000);
          await clean(debug.el, 'the diagnostics');
        });

        it('inline, right to left (Arabic), and on a phone', async function () {
          this.timeout(60_000);
          const inline = await widget({ 'primary-color': brand, theme, mode: 'inline', lang: 'ar', dir: 'rtl' });
          await chatLoaded(inline.el, 15_000);
          await until(() => $(inline.el, 'textarea')?.getAttribute('placeholder') === 'اكتب رسالتك…', 'Arabic');
          await clean(inline.el, 'inline, right to left');
          inline.el.remove();
          let phone = true;
          await setViewport({ width: 375, height: 667 }).catch(() => (phone = false)); // WebKit's driver cannot resize
          try {
            const floating = await widget({ 'primary-color': brand, theme });
            floating.el.show();
            await chatLoaded(floating.el, 15_000);
            await clean(floating.el, phone ? 'on a phone' : 'open');
          } finally {
            if (phone) await setViewport({ width: 800, height: 600 }).catch(() => undefined);
          }
        });
      });
    }
  }
});
