// The panel as visitors see it (issue 24), compared with the pictures the README shows
// (docs/screenshots/): light, dark, right to left, a phone and inline, each with the same short
// conversation at a fixed time. Chromium only (testing/screenshot.ts says why elsewhere).
// After a change to how the panel looks: MIPTECH_UPDATE_SCREENSHOTS=1 MIPTECH_BROWSERS=chromium
// MIPTECH_TEST_FILES=test/element/screenshots.test.ts npx web-test-runner, look, commit.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { browserScheduler } from '../../src/ports/browser-ports.js';
import type { Scheduler } from '../../src/ports/ports.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { askAndAnswer } from '../../testing/chat-harness.js';
import { matchScreenshot } from '../../testing/screenshot.js';
import { settle } from '../../testing/settle.js';
import { until } from '../../testing/wait.js';

/** 10:00 on a Monday: every run shows the same times and the same day. */
const AT = Date.parse('2026-03-02T10:00:00Z');
const fixedClock = (): Scheduler => {
  const start = Date.now();
  return { ...browserScheduler, now: () => AT + (Date.now() - start) };
};

const WORDS = {
  en: {
    prompts: 'What does it cost?|How do I start?',
    question: 'What does MIPTech offer?',
    answer:
      'MIPTech builds **AI assistants** for websites, and the apps around them:\n\n- **Website assistant**: answers visitors from your own pages, day and night.\n- **Custom AI apps**: tools on your documents and data.\n- **Integrations**: your CRM, help desk and calendar.\n\nMost teams are live within a week [1].',
    source: 'Our services',
  },
  ar: {
    prompts: 'كم التكلفة؟|كيف أبدأ؟',
    question: 'ما الخدمات التي تقدمها ميبتك؟',
    answer: 'تبني ميبتك **مساعدين بالذكاء الاصطناعي** للمواقع:\n\n- **مساعد الموقع**: يجيب الزوار من صفحاتك.\n- **تطبيقات مخصصة**: أدوات على مستنداتك.\n\nتبدأ معظم الفرق خلال أسبوع [1].',
    source: 'خدماتنا',
  },
};

let rig: PlatformRig | null = null;
const cleanups: (() => void)[] = [];
// Pictures are Chromium's: elsewhere the scenes are not even drawn (WebKit's driver sets no viewport).
beforeEach(async function () {
  if (!(await executeServerCommand('screenshots-supported'))) this.skip();
});
afterEach(async () => {
  rig?.server.stop();
  rig = null;
  for (const cleanup of cleanups.splice(0)) cleanup();
  await setViewport({ width: 800, height: 600 }).catch(() => undefined);
});

const PLANS_TABLE = '| Plan | Price | Seats | Support |\n|---|---|---|---|\n| Starter | $49/month | 3 | Email |\n| Growth | $149/month | 10 | Chat, email |\n| Scale | $399/month | 50 | A named engineer |';

/** Settled and unfocused (no caret, no animation mid-way): ready for its picture. */
async function still(el: MiptechChat): Promise<void> {
  await el.updateComplete;
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
  await document.fonts.ready;
  settle(el);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** The widget with the short conversation (or `answer` instead of its own), answered: ready for its picture. */
async function scene(attributes: Record<string, string>, language: 'en' | 'ar' = 'en', attach?: (el: MiptechChat) => Promise<unknown>, answer?: string): Promise<MiptechChat> {
  const words = WORDS[language];
  const api = conversationRoutes();
  rig = platformRig({ routes: api.routes, scheduler: fixedClock() });
  const el = await mount({ 'api-url': rig.apiUrl, 'starter-prompts': words.prompts, ...attributes }, { ports: rig.ports, attach });
  cleanups.push(() => el.remove());
  el.show();
  await chatLoaded(el, 15_000);
  const sources = [{ title: words.source, url: 'https://miptech.example/services' }];
  const createdAt = new Date(AT + 20_000).toISOString();
  await askAndAnswer(el, { api, rig }, words.question, answer ?? words.answer, { sources, created_at: createdAt });
  await until(() => $(el, '.actions-row') !== null, 'the answer');
  await still(el);
  return el;
}

/** The floating panel and its launcher, with room for their shadows, in whichever corner they are. */
function corner(el: MiptechChat) {
  const [panel, launcher] = [$(el, '.panel')!, $(el, '.launcher')!].map((part) => part.getBoundingClientRect());
  const x = Math.max(0, Math.min(panel.left, launcher.left) - 24);
  const y = Math.max(0, panel.top - 24);
  const right = Math.min(innerWidth, Math.max(panel.right, launcher.right) + 24);
  return { x, y, width: right - x, height: innerHeight - y };
}

async function expectPicture(context: Mocha.Context, name: string, clip: { x: number; y: number; width: number; height: number }) {
  const skipped = await matchScreenshot(name, clip);
  if (skipped) {
    console.warn(`screenshot ${name}: not compared: ${skipped}`);
    context.skip();
  }
}

describe('how the panel looks (stored pictures, Chromium)', () => {
  it('light, in the corner of a desktop page', async function () {
    await setViewport({ width: 1000, height: 800 });
    const el = await scene({});
    await expectPicture(this, 'light', corner(el));
  });

  it('dark, on a dark page', async function () {
    await setViewport({ width: 1000, height: 800 });
    document.body.style.background = '#0b1020';
    cleanups.push(() => (document.body.style.background = ''));
    const el = await scene({ theme: 'dark' });
    await expectPicture(this, 'dark', corner(el));
  });

  it('right to left, in Arabic', async function () {
    await setViewport({ width: 1000, height: 800 });
    const el = await scene({ lang: 'ar', heading: 'مساعد ميبتك' }, 'ar');
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    await expectPicture(this, 'rtl', corner(el));
  });

  it('a phone: full screen', async function () {
    await setViewport({ width: 390, height: 844 });
    const el = await scene({});
    expect($(el, '.panel')!.getBoundingClientRect().width).to.equal(390);
    await expectPicture(this, 'phone', { x: 0, y: 0, width: 390, height: 844 });
  });

  it('a new conversation: the greeting and starter prompts by the composer, the header saying it is an AI', async function () {
    await setViewport({ width: 1000, height: 800 });
    rig = platformRig({ routes: conversationRoutes().routes, scheduler: fixedClock() });
    const el = await mount({ 'api-url': rig.apiUrl, 'starter-prompts': WORDS.en.prompts }, { ports: rig.ports });
    cleanups.push(() => el.remove());
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => el.connectionState === 'open' && $(el, '.suggestions .chip') !== null, 'connected, with the starter prompts');
    await still(el);
    await expectPicture(this, 'empty', corner(el));
  });

  it('a table of four columns in the corner panel: a card per row', async function () {
    await setViewport({ width: 1000, height: 800 });
    const el = await scene({}, 'en', undefined, `Our plans:\n\n${PLANS_TABLE}`);
    await expectPicture(this, 'table-cards', corner(el));
  });

  it('inline, in a column of the page', async function () {
    await setViewport({ width: 1000, height: 800 });
    const column = document.createElement('div');
    column.style.cssText = 'position: absolute; top: 0; left: 0; width: 640px; padding: 24px; background: #f8fafc';
    document.body.append(column);
    cleanups.push(() => column.remove());
    await scene({ mode: 'inline' }, 'en', async (widget) => column.append(widget));
    const box = column.getBoundingClientRect();
    await expectPicture(this, 'inline', { x: box.left, y: box.top, width: box.width, height: box.height });
  });
});
