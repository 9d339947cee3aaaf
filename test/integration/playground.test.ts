// The demo's playground (demo/playground.html, issue 12): the widget follows the form, the
// contrast is reported, and the snippet it gives reproduces the same widget on a blank page.
import { expect } from '@open-wc/testing';
import { $, folderKey, until, usePlatform, type Widget } from '../../testing/built-widget.js';

const platform = usePlatform();

async function frame(src: string, srcdoc?: string, size = 'width: 900px; height: 700px') {
  const el = document.createElement('iframe');
  if (srcdoc) el.srcdoc = srcdoc;
  else el.src = src;
  el.style.cssText = size;
  document.body.append(el);
  await new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  return el;
}

describe('the playground', () => {
  it('the widget follows the form; the contrast is shown; the snippet reproduces the widget on a blank page', async function () {
    this.timeout(60_000);
    const playground = await frame(`/served/plain/${folderKey()}/playground.html?api=${encodeURIComponent(platform.url())}`);
    const doc = playground.contentDocument!;
    const live = () => doc.querySelector('#preview miptech-chat') as Widget | null;
    await until(() => Boolean(live()?.shadowRoot?.querySelector('.launcher')), 'the live widget');
    const set = (name: string, value: string) => {
      const field = doc.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('primary-color', '#ff0000');
    set('position', 'bottom-left');
    set('heading', 'Ada');
    await until(() => live()?.getAttribute('primary-color') === '#ff0000' && Boolean($(live()!, '.launcher')), 'the widget follows');
    await live()!.updateComplete;
    const launcher = $(live()!, '.launcher')!;
    expect(playground.contentWindow!.getComputedStyle(launcher).backgroundColor).to.match(/rgb\(255, 0, 0\)|lch|color/);
    expect(launcher.getAttribute('aria-label')).to.equal('Open Ada');
    await until(() => /^\d+(\.\d)?:1$/.test(doc.getElementById('accent-dark')!.textContent ?? ''), 'the contrast');
    for (const id of ['on-light', 'on-dark', 'accent-light', 'accent-dark']) {
      expect(parseFloat(doc.getElementById(id)!.textContent!), id).to.be.at.least(4.5);
    }
    const snippet = doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.contain('primary-color="#ff0000"').and.to.contain('position="bottom-left"').and.to.contain('heading="Ada"');
    expect(snippet).not.to.contain('tenant-id="miptech-company"'); // defaults stay out

    // The snippet, pasted into an empty page, gives the same widget.
    const blank = await frame('', `<!doctype html><html><body>${snippet}</body></html>`);
    const pasted = () => blank.contentDocument!.querySelector('miptech-chat') as Widget | null;
    await until(() => Boolean(pasted()?.shadowRoot?.querySelector('.launcher')), 'the pasted widget');
    const names = (el: Element) => el.getAttributeNames().sort().map((n) => `${n}=${el.getAttribute(n)}`);
    expect(names(pasted()!)).to.deep.equal(names(live()!));
    expect($(pasted()!, '.launcher')!.getAttribute('aria-label')).to.equal('Open Ada');
    playground.remove();
    blank.remove();
  });

  it('settings and preview sit side by side: the open panel, on either side, never covers a setting; inline keeps a readable width; launcher="none" opens from a button', async function () {
    this.timeout(60_000);
    const playground = await frame(`/served/plain/${folderKey()}/playground.html?api=${encodeURIComponent(platform.url())}`, undefined, 'width: 1280px; height: 800px');
    try {
      const doc = playground.contentDocument!;
      const live = () => doc.querySelector('#preview miptech-chat') as Widget | null;
      const set = (name: string, value: string) => {
        const field = doc.querySelector(`[name="${name}"]`) as HTMLSelectElement;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const settings = () => [...doc.querySelectorAll('#settings label')].map((label) => label.getBoundingClientRect());
      for (const position of ['bottom-right', 'bottom-left']) {
        set('position', position);
        await until(() => Boolean(live()?.shadowRoot?.querySelector('.launcher')) && live()!.getAttribute('position') === (position === 'bottom-right' ? null : position), `the ${position} widget`);
        live()!.show();
        await until(() => Boolean($(live()!, '.panel')), 'the panel');
        const panel = $(live()!, '.panel')!.getBoundingClientRect();
        const covered = settings().filter((label) => overlaps(label, panel));
        expect(covered.length, `settings under the ${position} panel`).to.equal(0);
      }
      set('position', 'bottom-right');
      set('mode', 'inline');
      await until(() => Boolean(live() && $(live()!, '.panel')), 'the inline widget');
      const width = $(live()!, '.panel')!.getBoundingClientRect().width;
      expect(width, 'a readable measure').to.be.within(300, 576);
      set('mode', 'floating');
      set('launcher', 'none');
      const button = doc.getElementById('open-chat') as HTMLButtonElement;
      await until(() => !button.hidden && live()?.getAttribute('launcher') === 'none', 'the page’s own button');
      await live()!.updateComplete;
      expect($(live()!, '.launcher'), 'no round button').to.equal(null);
      button.click();
      await until(() => Boolean($(live()!, '.panel')), 'the panel, opened by the button');
      await Promise.all($(live()!, '.panel')!.getAnimations().map((animation) => animation.finished));
      const bottom = $(live()!, '.panel')!.getBoundingClientRect().bottom;
      expect(800 - bottom, 'no gap kept for a launcher').to.be.closeTo(20, 1);
      expect(doc.getElementById('snippet')!.textContent).to.contain('launcher="none"');
    } finally {
      playground.remove();
    }
  });
});
