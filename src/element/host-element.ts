/**
 * The loader's element base: the part of Lit's ReactiveElement the widget uses, so every page view
 * does not pay for a framework to draw one button. Properties declared in `static properties` get
 * accessors (declared-properties.ts); a change (or an attribute) batches one update a microtask
 * later, which calls `willUpdate`, the controllers, `update` (reflecting attributes, then `draw`),
 * then `firstUpdated` (Lit's `updated`, which nothing here uses, is left out). Reactive
 * controllers (the chat's too) run unchanged on it.
 * Where a behaviour matches Lit's (the order of those calls, reflection, `updateComplete`'s
 * value, properties set before the upgrade), it is on purpose: the chat chunk's controllers
 * and the tests rely on it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptSheets } from '../styles/sheet.js';
import { attributeOf, declare, fromAttribute, toAttribute, type PropertyOptions } from './declared-properties.js';

export type { PropertyOptions };

/** The properties changed since the last update, each with its value before. */
export type PropertyValues = Map<PropertyKey, unknown>;

const declarationsOf = (element: HostElement) => declare(element.constructor as typeof HostElement);

/**
 * HTMLElement where there is one. On a server (a framework rendering the page, Node importing the
 * package) there is none, and importing the widget must not throw: the element is defined and
 * drawn only in a browser.
 */
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export class HostElement extends ElementBase implements ReactiveControllerHost {
  /** The element's properties and how each meets its attribute. */
  static properties: Record<string, PropertyOptions> = {};
  /** The element's stylesheets' text, in cascade order. */
  static styles: readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...declare(this).byAttribute.keys()];
  }

  /** The shadow root everything is drawn in. */
  readonly renderRoot: ShadowRoot;
  /** True once the element has drawn for the first time. */
  hasUpdated = false;
  /** An update is scheduled and has not run yet. */
  isUpdatePending = false;
  /** @internal The declared properties' values. */
  values = new Map<string, unknown>();
  private changed: PropertyValues = new Map();
  private readonly controllers = new Set<ReactiveController>();
  /** Properties set on the element before it was upgraded, applied on its first update. */
  private early: Map<string, unknown> | null = new Map();
  /** The attribute being written from its property, not to be read back. */
  private writing: string | null = null;
  /** Properties whose attribute is written on the next update. */
  private readonly toReflect = new Set<string>();
  private connected = false;
  private enable!: () => void;
  private updatePromise: Promise<boolean> = new Promise<boolean>((resolve) => (this.enable = () => resolve(true)));

  constructor() {
    super();
    for (const name of declarationsOf(this).options.keys()) {
      if (!Object.hasOwn(this, name)) continue;
      this.early!.set(name, (this as unknown as Record<string, unknown>)[name]);
      delete (this as unknown as Record<string, unknown>)[name];
    }
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.requestUpdate();
  }

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  connectedCallback(): void {
    adoptSheets(this.renderRoot, (this.constructor as typeof HostElement).styles);
    this.connected = true;
    this.enable();
    this.controllers.forEach((c) => c.hostConnected?.());
  }

  disconnectedCallback(): void {
    this.connected = false;
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const { byAttribute, options } = declarationsOf(this);
    const name = byAttribute.get(attribute);
    if (!name || name === this.writing) return;
    const converted = fromAttribute(options.get(name)!, value);
    // Read from the attribute: not written back to it.
    this.writing = name;
    (this as unknown as Record<string, unknown>)[name] = converted;
    this.writing = null;
  }

  /** Schedules an update; `name` changed from `old` (nothing happens if its value is the same). */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined) {
      if (Object.is((this as unknown as Record<string, unknown>)[name], old)) return;
      if (!this.changed.has(name)) this.changed.set(name, old);
      const options = declarationsOf(this).options.get(name);
      if (options?.reflect && this.writing !== name) this.toReflect.add(name);
    }
    if (this.isUpdatePending) return;
    this.isUpdatePending = true;
    this.updatePromise = this.enqueue();
  }

  /** Resolves when the pending update has run (true if it did not ask for another). */
  get updateComplete(): Promise<boolean> {
    return this.updatePromise;
  }

  private async enqueue(): Promise<boolean> {
    try {
      await this.updatePromise;
    } catch (error) {
      // The last update threw (reported with its promise); this one runs all the same.
      void Promise.reject(error);
    }
    const scheduled = this.scheduleUpdate();
    if (scheduled) await scheduled;
    return !this.isUpdatePending;
  }

  /**
   * Runs the update. The first waits for a task of its own: the page's parsing and the script's
   * evaluation stay short, and the first drawing (styles, shadow DOM, layout) comes just after,
   * so no task of ours blocks the page for long, even on a slow phone.
   */
  protected async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve, 0));
    this.performUpdate();
  }

  protected performUpdate(): void {
    if (!this.isUpdatePending) return;
    if (this.early) {
      const early = this.early;
      this.early = null;
      for (const [name, value] of early) (this as unknown as Record<string, unknown>)[name] = value;
    }
    const changed = this.changed;
    try {
      this.willUpdate(changed);
      this.controllers.forEach((c) => c.hostUpdate?.());
      this.update(changed);
    } catch (error) {
      this.markUpdated();
      throw error;
    }
    this.controllers.forEach((c) => c.hostUpdated?.());
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
  }

  private markUpdated(): void {
    this.changed = new Map();
    this.isUpdatePending = false;
  }

  protected willUpdate(_changed: PropertyValues): void {}

  /** Writes reflected properties to their attributes, then draws. */
  protected update(_changed: PropertyValues): void {
    for (const name of this.toReflect) this.reflect(name);
    this.toReflect.clear();
    this.markUpdated();
    this.draw();
  }

  private reflect(name: string): void {
    const options = declarationsOf(this).options.get(name)!;
    const text = toAttribute(options, (this as unknown as Record<string, unknown>)[name]);
    const attribute = attributeOf(name, options)!;
    this.writing = name;
    if (text === null || text === undefined) this.removeAttribute(attribute);
    else this.setAttribute(attribute, text);
    this.writing = null;
  }

  /** Brings the shadow root up to date with the element's state. */
  protected draw(): void {}

  protected firstUpdated(_changed: PropertyValues): void {}
}
