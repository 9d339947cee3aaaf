import { expect } from '@open-wc/testing';
import { resolveFullConfig as resolveConfig } from '../../src/config/resolve-chat-config.js';
import { enOwner } from '../../src/i18n/en-owner.js';
import { en } from '../../src/i18n/en.js';
import { createTerm } from '../../src/i18n/term.js';
import { configProblemText } from '../../src/views/describe-config.js';

/** Every attribute that could not be used: fatal problems, or warnings (fallen back to defaults). */
const problemsOf = (result: ReturnType<typeof resolveConfig>) => (result.ok ? result.warnings : result.problems).map((p) => p.attribute);

describe('resolveConfig', () => {
  it('uses the guide’s defaults when nothing is set and the script origin is unknown', () => {
    const result = resolveConfig({});
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.config).to.deep.equal({
      tenantId: 'miptech-company',
      apiUrl: 'http://localhost:8000',
      wsUrl: 'ws://localhost:8000',
      heading: null,
      position: 'bottom-right',
      theme: 'light',
      primaryColor: null,
      debug: false,
      mode: 'floating',
      greeting: null,
      starterPrompts: [],
      imageOrigins: ['http://localhost:8000'],
      pageUrl: 'path',
      launcher: 'default',
      prefetch: 'idle',
      consent: 'none',
      consentNotice: null,
      protocol: 'auto',
    });
    expect(Object.isFrozen(result.config)).to.equal(true);
  });

  it('image-origins: the platform origin by default; a list of origins; none; never a path or credentials', () => {
    const origins = (input: Parameters<typeof resolveConfig>[0]) => {
      const result = resolveConfig({ apiUrl: 'https://api.example.com/v2', ...input });
      if (result.ok && result.warnings.length === 0) return result.config.imageOrigins;
      return (result.ok ? result.warnings : result.problems).map((p) => `${p.value}: ${p.code}`);
    };
    expect(origins({})).to.deep.equal(['https://api.example.com']);
    expect(origins({ imageOrigins: ' https://cdn.example.com  http://localhost:9000/ ' })).to.deep.equal(['https://cdn.example.com', 'http://localhost:9000']);
    expect(origins({ imageOrigins: 'none' })).to.deep.equal([]);
    expect(origins({ imageOrigins: '' })).to.deep.equal([]);
    expect(origins({ imageOrigins: 'https://cdn.example.com/images https://u:p@cdn.example.com ftp://x.example cdn.example.com' })).to.deep.equal([
      'https://cdn.example.com/images: not-an-origin',
      'https://u:p@cdn.example.com: credentials',
      'ftp://x.example: scheme',
      'cdn.example.com: not-absolute-url',
    ]);
  });

  it('a cosmetic attribute that cannot be used falls back to its default, as a warning: only where and as whom it connects is fatal', () => {
    const result = resolveConfig({ position: 'top-middle', theme: 'neon', primaryColor: 'var(--x)', mode: 'sidebar', pageUrl: 'everything', imageOrigins: 'https://ok.example /path-only' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.attribute)).to.deep.equal(['position', 'theme', 'primary-color', 'mode', 'image-origins', 'page-url']);
    expect(result.config).to.include({ position: 'bottom-right', theme: 'light', primaryColor: null, mode: 'floating', pageUrl: 'path' });
    expect(result.config.imageOrigins).to.deep.equal(['https://ok.example']);
    for (const fatal of [{ tenantId: 'bad tenant' }, { apiUrl: 'nope' }, { wsUrl: 'ftp://x' }]) expect(resolveConfig(fatal).ok).to.equal(false);
  });

  it('defaults api-url to the origin the script was loaded from', () => {
    const result = resolveConfig({}, { scriptOrigin: 'https://cdn.miptech.example' });
    expect(result.ok && result.config.apiUrl).to.equal('https://cdn.miptech.example');
    expect(result.ok && result.config.wsUrl).to.equal('wss://cdn.miptech.example');
  });

  it('derives ws-url from api-url: http→ws, https→wss, trailing slash removed', () => {
    const a = resolveConfig({ apiUrl: 'https://api.miptechnologies.tech/' });
    expect(a.ok && a.config.apiUrl).to.equal('https://api.miptechnologies.tech');
    expect(a.ok && a.config.wsUrl).to.equal('wss://api.miptechnologies.tech');
    const b = resolveConfig({ apiUrl: 'http://127.0.0.1:8000' });
    expect(b.ok && b.config.wsUrl).to.equal('ws://127.0.0.1:8000');
  });

  it('keeps an explicit ws-url and accepts an http(s) spelling of it', () => {
    const a = resolveConfig({ apiUrl: 'https://api.example.com', wsUrl: 'wss://rt.example.com' });
    expect(a.ok && a.config.wsUrl).to.equal('wss://rt.example.com');
    const b = resolveConfig({ wsUrl: 'https://rt.example.com' });
    expect(b.ok && b.config.wsUrl).to.equal('wss://rt.example.com');
  });

  it('explains a malformed api-url instead of failing later', () => {
    const result = resolveConfig({ apiUrl: 'api.example.com' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems[0].attribute).to.equal('api-url');
    expect(result.problems[0].code).to.equal('not-absolute-url');
    expect(configProblemText(createTerm('en', [en, enOwner]), result.problems[0])).to.equal('"api.example.com" is not an absolute URL; write it in full, like https://api.example.com.');
  });

  it('accepts colour syntax only for primary-color: var() and url() could fetch a foreign image', () => {
    const isColor = () => true; // what CSS.supports('color', …) answers for var(…)
    expect(problemsOf(resolveConfig({ primaryColor: 'var(--x, url(https://evil.example/p.png))' }, { isColor }))).to.deep.equal(['primary-color']);
    expect(problemsOf(resolveConfig({ primaryColor: 'URL(https://evil.example/p.png)' }, { isColor }))).to.deep.equal(['primary-color']);
    expect(resolveConfig({ primaryColor: 'rgb(37 99 235)' }, { isColor }).ok).to.equal(true);
  });

  it('refuses a URL with credentials (the password would travel in the WebSocket URL)', () => {
    const result = resolveConfig({ apiUrl: 'https://user:pass@api.example.com', wsUrl: 'wss://u@rt.example.com' });
    expect(problemsOf(result)).to.deep.equal(['api-url', 'ws-url']);
    if (!result.ok) expect(result.problems.map((p) => p.code)).to.deep.equal(['credentials', 'credentials']);
  });

  it('refuses non-web schemes, queries and fragments', () => {
    expect(problemsOf(resolveConfig({ apiUrl: 'ftp://x.example' }))).to.deep.equal(['api-url']);
    expect(problemsOf(resolveConfig({ apiUrl: 'https://x.example/?a=1' }))).to.deep.equal(['api-url']);
    expect(problemsOf(resolveConfig({ wsUrl: 'javascript:alert(1)' }))).to.deep.equal(['ws-url']);
  });

  it('catches mixed content on an https page, but allows loopback', () => {
    expect(problemsOf(resolveConfig({ apiUrl: 'http://api.example.com' }, { pageProtocol: 'https:' }))).to.deep.equal(['api-url']);
    expect(problemsOf(resolveConfig({ wsUrl: 'ws://rt.example.com', apiUrl: 'https://a.example' }, { pageProtocol: 'https:' }))).to.deep.equal(['ws-url']);
    expect(resolveConfig({ apiUrl: 'http://localhost:8000' }, { pageProtocol: 'https:' }).ok).to.equal(true);
  });

  it('rejects an unknown position or theme, naming the allowed values', () => {
    const result = resolveConfig({ position: 'top-center', theme: 'neon' });
    expect(problemsOf(result)).to.deep.equal(['position', 'theme']);
    if (!result.ok) expect(configProblemText(createTerm('en', [en, enOwner]), result.problems[0])).to.equal('Use one of: bottom-right, bottom-left.');
  });

  it('validates tenant-id characters', () => {
    expect(problemsOf(resolveConfig({ tenantId: 'bad tenant\n' }))).to.deep.equal(['tenant-id']);
    expect(resolveConfig({ tenantId: ' demo ' }).ok && (resolveConfig({ tenantId: ' demo ' }) as { config: { tenantId: string } }).config.tenantId).to.equal('demo');
  });

  it('checks primary-color with the injected colour test', () => {
    const isColor = (v: string) => v === 'rebeccapurple' || v.startsWith('#');
    expect(resolveConfig({ primaryColor: 'rebeccapurple' }, { isColor }).ok).to.equal(true);
    expect(problemsOf(resolveConfig({ primaryColor: 'not-a-colour' }, { isColor }))).to.deep.equal(['primary-color']);
    expect(problemsOf(resolveConfig({ primaryColor: 'red' }))).to.deep.equal(['primary-color']); // default check: hex only
  });

  it('reports every problem at once', () => {
    expect(problemsOf(resolveConfig({ apiUrl: '::', position: 'x', theme: 'y' }))).to.deep.equal(['api-url', 'position', 'theme']);
  });

  it('reads mode, greeting and "|"-separated starter prompts', () => {
    const result = resolveConfig({ mode: 'inline', greeting: ' Welcome! ', starterPrompts: 'What do you offer? | | How much?|' });
    expect(result.ok && result.config.mode).to.equal('inline');
    expect(result.ok && result.config.greeting).to.equal('Welcome!');
    expect(result.ok && result.config.starterPrompts).to.deep.equal(['What do you offer?', 'How much?']);
    expect(resolveConfig({ greeting: '' }).ok && (resolveConfig({ greeting: '' }) as { config: { greeting: string } }).config.greeting).to.equal('');
    expect(problemsOf(resolveConfig({ mode: 'popup' }))).to.deep.equal(['mode']);
  });

  it('uses the heading and debug given', () => {
    const result = resolveConfig({ heading: '  Acme Help ', debug: true });
    expect(result.ok && result.config.heading).to.equal('Acme Help');
    expect(result.ok && result.config.debug).to.equal(true);
  });
});
