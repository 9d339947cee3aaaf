import { expect } from '@open-wc/testing';
import { HostElement, type PropertyOptions, type PropertyValues } from '../../src/element/host-element.js';
import { until } from '../../testing/wait.js';

/** A small element on the loader's host, recording what happened in which order. */
class Probe extends HostElement {
  static override properties: Record<string, PropertyOptions> = {
    label: {},
    wide: { type: Boolean },
    state: { attribute: 'probe-state', reflect: true },
    shown: { type: Boolean, reflect: true },
    items: {
      converter: {
        fromAttribute: (v: string | null) => (v ?? '').split(','),
        toAttribute: (v: string[]) => v.join(','),
      },
    },
    data: { attribute: false },
  };
  static override styles = [':host { display: block }'];
  declare label?: string | null;
  declare wide?: boolean;
  declare state?: string;
  declare shown?: boolean;
  declare items?: string[];
  declare data?: object;
  log: string[] = [];
  updates: PropertyValues[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.log.push('willUpdate');
    this.updates.push(new Map(changed));
  }
  protected override draw(): void {
    this.log.push('draw');
    this.renderRoot.textContent = `${this.label ?? ''}`;
  }
  protected override firstUpdated(): void {
    this.log.push('firstUpdated');
  }
}
customElements.define('host-element-probe', Probe);

const made: Element[] = [];
function probe(attributes: Record<string, string> = {}): Probe {
  const el = document.createElement('host-element-probe') as Probe;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  made.push(el);
  return el;
}

describe('HostElement (the loader’s element base)', () => {
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('reads attributes into properties: text, boolean presence, and a converter', async () => {
    const el = probe({ label: 'Hi', wide: '', items: 'a,b' });
    await el.updateComplete;
    expect([el.label, el.wide, el.items]).to.deep.equal(['Hi', true, ['a', 'b']]);
    el.removeAttribute('wide');
    expect(el.wide).to.equal(false);
    expect(el.renderRoot.textContent).to.equal('Hi');
  });

  it('batches changes into one update a task after connecting, then one per microtask, with the values before', async () => {
    const el = probe();
    await el.updateComplete;
    el.label = 'a';
    el.label = 'b';
    el.wide = true;
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(el.updates.at(-1)).to.deep.equal(
      new Map<PropertyKey, unknown>([
        ['label', undefined],
        ['wide', undefined],
      ]),
    );
    expect(el.renderRoot.textContent).to.equal('b');
    el.label = 'b';
    expect(el.isUpdatePending, 'the same value changes nothing').to.equal(false);
  });

  it('calls its steps in Lit’s order, controllers included, and firstUpdated once', async () => {
    const el = probe();
    el.addController({
      hostConnected: () => el.log.push('connected'),
      hostUpdate: () => el.log.push('hostUpdate'),
      hostUpdated: () => el.log.push('hostUpdated'),
    });
    await el.updateComplete;
    el.label = 'x';
    await el.updateComplete;
    expect(el.log).to.deep.equal([
      'connected',
      'willUpdate',
      'hostUpdate',
      'draw',
      'hostUpdated',
      'firstUpdated',
      'willUpdate',
      'hostUpdate',
      'draw',
      'hostUpdated',
    ]);
  });

  it('reflects properties that ask for it, and does not write back what came from the attribute', async () => {
    const el = probe();
    el.state = 'open';
    el.shown = true;
    await el.updateComplete;
    expect([el.getAttribute('probe-state'), el.hasAttribute('shown')]).to.deep.equal(['open', true]);
    el.shown = false;
    await el.updateComplete;
    expect(el.hasAttribute('shown')).to.equal(false);
    el.setAttribute('probe-state', 'closed');
    expect(el.state).to.equal('closed');
    await el.updateComplete;
    expect(el.getAttribute('probe-state')).to.equal('closed');
  });

  it('keeps properties a page set before the element was defined (a framework does)', async () => {
    const early = document.createElement('host-element-probe-late') as Probe;
    (early as unknown as Record<string, unknown>).label = 'early';
    (early as unknown as Record<string, unknown>).data = { a: 1 };
    document.body.append(early);
    made.push(early);
    class Late extends Probe {}
    customElements.define('host-element-probe-late', Late);
    await early.updateComplete;
    expect([early.label, early.data]).to.deep.equal(['early', { a: 1 }]);
    expect(Object.hasOwn(early, 'label'), 'through the accessor, not an own property').to.equal(false);
    expect(early.renderRoot.textContent).to.equal('early');
  });

  it('adopts its styles, once, however often it is moved', async () => {
    const el = probe();
    await el.updateComplete;
    document.body.append(el);
    expect(el.renderRoot.adoptedStyleSheets).to.have.length(1);
    expect(el.renderRoot.adoptedStyleSheets[0].cssRules[0].cssText).to.contain('display: block');
  });

  it('a controller added while connected is connected at once; one removed hears nothing more', async () => {
    const el = probe();
    await el.updateComplete;
    const heard: string[] = [];
    const controller = { hostConnected: () => heard.push('connected'), hostUpdated: () => heard.push('updated') };
    el.addController(controller);
    expect(heard).to.deep.equal(['connected']);
    el.removeController(controller);
    el.requestUpdate();
    await el.updateComplete;
    expect(heard).to.deep.equal(['connected']);
  });

  it('an update that throws rejects its updateComplete, is reported to the page once more, and does not stop the next one', async () => {
    const reported: string[] = [];
    // The page hears of the failure as an unhandled rejection (as with Lit); this test takes it,
    // before the runner's own listener would log it as an error outside a test. (Chromium calls a
    // window's listeners in the order they were added, so there the runner still logs it.)
    const hear = (event: PromiseRejectionEvent) => {
      if (event.reason?.message !== 'drawing failed') return;
      reported.push(event.reason.message);
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    addEventListener('unhandledrejection', hear, { capture: true });
    const el = probe();
    await el.updateComplete;
    const drawing = el as unknown as { draw: () => void };
    const draw = drawing.draw.bind(el);
    let fail = true;
    drawing.draw = () => {
      if (fail) throw new Error('drawing failed');
      draw();
    };
    el.label = 'one';
    const failed = await el.updateComplete.then(
      () => null,
      (e: Error) => e.message,
    );
    expect(failed).to.equal('drawing failed');
    fail = false;
    el.label = 'two';
    await el.updateComplete;
    await until(() => reported.length > 0, 'the failure reported');
    removeEventListener('unhandledrejection', hear, { capture: true });
    expect(reported).to.deep.equal(['drawing failed']);
    expect(el.renderRoot.textContent).to.equal('two');
  });
});
