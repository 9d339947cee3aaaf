// The built script as a customer loads it: plain <script src>, twice, plus the ESM build on the
// same page. This file imports nothing from src/ so the bundle is the first to define the tag.
import { expect } from '@open-wc/testing';
import { loadScript } from '../../testing/built-widget.js';

describe('dist/miptech-chat.js on a plain page', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('defines <miptech-chat> and draws the launcher', async () => {
    await loadScript('/dist/miptech-chat.js');
    const el = document.createElement('miptech-chat');
    el.setAttribute('api-url', 'http://127.0.0.1:9');
    document.body.append(el);
    await customElements.whenDefined('miptech-chat');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('button.launcher')).to.exist;
    el.remove();
  });

  it('a second script tag and the ESM build on the same page throw nothing', async () => {
    await loadScript('/dist/miptech-chat.js');
    const esm = await import('/dist/esm/index.js' as string);
    expect(esm.TAG_NAME).to.equal('miptech-chat');
    expect(errors).to.deep.equal([]);
  });

  it('also runs inlined into an about:blank frame (no script URL to take a default from)', async () => {
    const source = await (await fetch('/dist/miptech-chat.js')).text();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    script.textContent = source;
    doc.head.append(script);
    expect(frame.contentWindow!.customElements.get('miptech-chat')).to.exist;
    frame.remove();
  });
});
