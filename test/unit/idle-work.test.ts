import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { storageNamespace, type ConfigResult, type FrameConfig } from '../../src/config/config.js';
import { mayPrefetch, type PrefetchFacts } from '../../src/config/prefetch.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { whenPageIdle } from '../../src/controllers/idle-controller.js';
import { browserPorts } from '../../src/ports/browser-ports.js';
import { MapStorage, MemoryMarks } from '../../testing/map-storage.js';
import { until } from '../../testing/wait.js';

const config = (attributes: Record<string, string> = {}) => {
  const result = resolveConfig(attributes, { scriptOrigin: null, pageProtocol: 'http:' });
  if (!result.ok) throw new Error('a broken test config');
  return result.config;
};
const allowed: PrefetchFacts = {
  config: config(),
  consent: null,
  consentGiven: () => false,
  saveData: false,
};

describe('fetching the chat ahead of intent (mayPrefetch)', () => {
  it('fetches by default, once the page is idle', () => {
    expect(mayPrefetch(allowed)).to.equal(true);
    expect(config().prefetch).to.equal('idle');
  });

  it('never where the owner turned it off, or the configuration is broken', () => {
    expect(mayPrefetch({ ...allowed, config: config({ prefetch: 'intent' }) })).to.equal(false);
    expect(mayPrefetch({ ...allowed, config: null })).to.equal(false);
  });

  it('never for a visitor who asked the browser to save data', () => {
    expect(mayPrefetch({ ...allowed, saveData: true })).to.equal(false);
  });

  it('never before a required consent is given; once given (on an earlier visit), as usual', () => {
    expect(mayPrefetch({ ...allowed, consent: 'required' })).to.equal(false);
    expect(mayPrefetch({ ...allowed, consent: ' required ', consentGiven: () => false })).to.equal(false);
    expect(mayPrefetch({ ...allowed, consent: 'required', consentGiven: () => true })).to.equal(true);
    expect(mayPrefetch({ ...allowed, consent: 'none' })).to.equal(true);
  });

  it('a consent the chat cannot read counts as required', () => {
    expect(mayPrefetch({ ...allowed, consent: 'yes please' })).to.equal(false);
  });

  it('looks for a stored consent only where consent is required (a read of storage saved on every other page)', () => {
    let asked = 0;
    const consentGiven = () => ((asked += 1), true);
    mayPrefetch({ ...allowed, consentGiven });
    mayPrefetch({ ...allowed, consent: 'none', consentGiven });
    mayPrefetch({ ...allowed, consent: 'required', saveData: true, consentGiven });
    expect(asked).to.equal(0);
    mayPrefetch({ ...allowed, consent: 'required', consentGiven });
    expect(asked).to.equal(1);
  });

  it('an unknown `prefetch` value falls back to idle, with a warning', () => {
    const result = resolveConfig({ prefetch: 'eager' }, { scriptOrigin: null, pageProtocol: 'http:' });
    expect(result.ok && result.config.prefetch).to.equal('idle');
    expect(result.ok && result.warnings.map((w) => w.attribute)).to.deep.equal(['prefetch']);
  });
});

describe('what the loader does once the page is idle (whenPageIdle)', () => {
  /** A host as the controller sees the element, with its idle callback held by the test. */
  function host(attributes: Record<string, string> = {}, storage = new MapStorage(), marks = new MemoryMarks()) {
    let idle: (() => void) | null = null;
    let chunkIdle = true;
    const controllers: ReactiveController[] = [];
    const fetched: string[] = [];
    let storageRead = 0;
    const element = Object.assign(document.createElement('div'), {
      configuration: { ok: true, config: config(attributes), warnings: [] } as ConfigResult<FrameConfig>,
      consent: attributes.consent ?? null,
      ports: {
        ...browserPorts(),
        storage: () => ((storageRead += 1), storage),
        marks: () => marks,
        whenIdle: (run: () => void) => void (idle = run),
        saveData: (): boolean => false,
      },
      addController: (c: ReactiveController) => controllers.push(c),
      removeController: () => {},
      requestUpdate: () => {},
      updateComplete: Promise.resolve(true),
    });
    document.body.append(element);
    whenPageIdle(element, {
      chunkIdle: () => chunkIdle,
      prefetch: () => fetched.push('chat'),
      unsentFound: () => fetched.push('chat, for unsent messages'),
    });
    const connect = () => controllers.forEach((c) => c.hostConnected?.());
    const askedFor = () => (chunkIdle = false);
    return { element, connect, idle: () => idle?.(), fetched, asked: () => idle !== null, askedFor, reads: () => storageRead };
  }

  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  /** What happened once the idle work has run, its mark asked about included. */
  const settled = async (h: ReturnType<typeof host>) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return h.fetched;
  };

  it('asks to be called when the page is idle once connected, and fetches then', async () => {
    const h = host();
    expect(h.asked(), 'nothing before it connects').to.equal(false);
    h.connect();
    expect(h.fetched, 'nothing until the page is idle').to.deep.equal([]);
    h.idle();
    await until(() => h.fetched.length === 1, 'the chat fetched ahead');
    expect(h.fetched).to.deep.equal(['chat']);
  });

  it('asks once, however often the element connects again', () => {
    const h = host();
    let asks = 0;
    h.element.ports.whenIdle = () => void (asks += 1);
    h.connect();
    h.connect();
    expect(asks).to.equal(1);
  });

  it('reads the facts when the page is idle: a consent given meanwhile (stored, the browser marked) lets it fetch', async () => {
    const storage = new MapStorage();
    const marks = new MemoryMarks();
    const h = host({ consent: 'required' }, storage, marks);
    h.connect();
    storage.setItem(
      `miptech-chat:${storageNamespace(config())}:consent`,
      JSON.stringify({ accepted_at: '2026-12-05T00:00:00Z' }),
    );
    marks.names.add(`miptech-chat:${storageNamespace(config())}`);
    h.idle();
    await until(() => h.fetched.length === 1, 'the chat fetched ahead');
  });

  it('where consent is required, a browser never marked is not read for it (only a version from before marks stored one)', async () => {
    const storage = new MapStorage();
    storage.setItem(`miptech-chat:${storageNamespace(config())}:consent`, JSON.stringify({ accepted_at: 'x' }));
    const h = host({ consent: 'required' }, storage);
    h.connect();
    h.idle();
    expect(await settled(h)).to.deep.equal([]);
    expect(h.reads()).to.equal(0);
  });

  it('fetches nothing before a required consent, for a visitor saving data, or for an element gone from the page', async () => {
    const consent = host({ consent: 'required' });
    consent.connect();
    consent.idle();
    const saving = host();
    saving.element.ports.saveData = () => true;
    saving.connect();
    saving.idle();
    const gone = host();
    gone.connect();
    gone.element.remove();
    gone.idle();
    expect([...(await settled(consent)), ...(await settled(saving)), ...(await settled(gone))]).to.deep.equal([]);
  });

  it('nothing once the chat was asked for: it sends what waits itself', () => {
    const h = host();
    h.connect();
    h.askedFor();
    h.idle();
    expect(h.fetched).to.deep.equal([]);
    expect(h.reads(), 'storage left alone').to.equal(0);
  });
});

describe('messages an earlier visit left unsent, looked for once the page is idle', () => {
  const ns = storageNamespace(config());
  const marked = () => {
    const marks = new MemoryMarks();
    marks.names.add(`miptech-chat:${ns}`);
    return marks;
  };
  const leftUnsent = () => {
    const storage = new MapStorage();
    storage.setItem(`miptech-chat:${ns}:outbox:m1`, JSON.stringify({ client_message_id: 'm1', content: 'hi' }));
    return storage;
  };
  function host(storage: MapStorage, marks: (() => MemoryMarks | null) | undefined) {
    let idle: (() => void) | null = null;
    let reads = 0;
    const found: string[] = [];
    const controllers: ReactiveController[] = [];
    const element = Object.assign(document.createElement('div'), {
      configuration: { ok: true, config: config({ prefetch: 'intent' }), warnings: [] } as ConfigResult<FrameConfig>,
      ports: { ...browserPorts(), storage: () => ((reads += 1), storage), marks, whenIdle: (run: () => void) => void (idle = run) },
      addController: (c: ReactiveController) => controllers.push(c),
      removeController: () => {},
      requestUpdate: () => {},
      updateComplete: Promise.resolve(true),
    });
    document.body.append(element);
    whenPageIdle(element, { chunkIdle: () => true, prefetch: () => {}, unsentFound: () => found.push('found') });
    controllers.forEach((c) => c.hostConnected?.());
    return { idle: () => idle!(), found, reads: () => reads };
  }

  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('in a browser the widget marked: storage is read, and the chat asked for', async () => {
    const h = host(leftUnsent(), () => marked());
    expect(h.reads(), 'nothing read before the page is idle').to.equal(0);
    h.idle();
    await until(() => h.found.length === 1, 'the chat asked for');
    expect(h.reads()).to.equal(1);
  });

  it('in a browser the widget never marked, storage is never read (most pages: a visitor who never used the chat)', async () => {
    const marks = new MemoryMarks();
    const h = host(leftUnsent(), () => marks);
    h.idle();
    await until(() => marks.asked.length === 1, 'the mark asked about');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(marks.asked).to.deep.equal([`has miptech-chat:${ns}`]);
    expect(h.reads()).to.equal(0);
    expect(h.found).to.deep.equal([]);
  });

  it('where the browser cannot say (no CacheStorage, one that throws or refuses), storage is read as before', async () => {
    const refusing = { ...new MemoryMarks(), has: () => Promise.reject(new DOMException('refused', 'SecurityError')) };
    const cases: ((() => MemoryMarks | null) | undefined)[] = [
      undefined,
      () => null,
      () => {
        throw new DOMException('opaque origin', 'SecurityError');
      },
      () => refusing as unknown as MemoryMarks,
    ];
    for (const marks of cases) {
      const h = host(leftUnsent(), marks);
      h.idle();
      await until(() => h.found.length === 1, 'the chat asked for');
    }
  });

  it('marked, with nothing waiting: the chat is not asked for', async () => {
    const h = host(new MapStorage(), () => marked());
    h.idle();
    await until(() => h.reads() === 1, 'storage read');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.found).to.deep.equal([]);
  });
});
