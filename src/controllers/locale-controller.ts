/**
 * The widget's language and direction, live. The language is the element's `lang`, else the
 * nearest `lang` up the tree (usually `<html lang>`), else the first of the visitor's browser
 * languages the widget speaks, else English; a tag falls back along itself (`pt-BR` → `pt` →
 * English). The direction is the element's `dir`; else, when the element sets its own `lang`,
 * that language's; else the nearest `dir` up the tree; else the language's.
 *
 * Words come in layers, the first that has a key winning: the element's `strings`, the owner's
 * registered words for the tag and its prefixes, the shipped language (fetched: the loader's
 * words at once, the chat's with the chat), then English.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../i18n/en.js';
import { loadWords, type Words } from '../i18n/load-words.js';
import {
  chooseDirection,
  chooseLocale,
  shippedFor,
  tagChain,
  type Direction,
  type ShippedLocale,
} from '../i18n/locale.js';
import { onRegistered, registeredFor } from '../i18n/registry.js';
import { createTerm, type Format, type Term } from '../i18n/term.js';
import type { BrowserPorts } from '../ports/ports.js';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** The owner's words for this element, whatever its language. */
  strings?: Words | null;
  ports: Pick<BrowserPorts, 'languages'>;
}

/**
 * A part of the catalogue that arrives with a chunk (the loader's own words, the chat's, the
 * site owner's): its English words, and how to fetch its words in a shipped language.
 */
export interface WordsPart {
  readonly en: Words;
  readonly load: (code: ShippedLocale) => Promise<Words>;
  /** A richer `format` (the chat's, with plurals), used once this part is here. */
  readonly format?: Format;
}

/** `attr` on the element or its nearest ancestor, across shadow roots; null if none has it. */
function inherited(from: Element, attr: string): string | null {
  for (let el: Element | null = from; el;) {
    const found = el.closest(`[${attr}]`);
    if (found) return found.getAttribute(attr);
    el = (el.getRootNode() as ShadowRoot).host ?? null;
  }
  return null;
}

export class LocaleController implements ReactiveController {
  /** The language the widget speaks (the root's `lang`): the chosen one once its words are here. */
  lang = 'en';
  dir: Direction = 'ltr';
  t: Term = createTerm('en', [en]);
  private readonly parts: WordsPart[] = [{ en, load: loadWords }];
  /** Each part's words in `lang`, when `lang` is a shipped language. */
  private shipped = new Map<WordsPart, Words>();
  private format: Format | undefined;
  /** The language chosen, whose words may still be on their way. */
  private wanted = 'en';
  private generation = 0;
  private observer: MutationObserver | null = null;
  private unregister: (() => void) | null = null;
  private readonly update = () => this.resolve();

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const watch = { attributes: true, attributeFilter: ['lang', 'dir'] };
    this.observer = new MutationObserver(this.update);
    this.observer.observe(this.host, watch);
    this.observer.observe(document.documentElement, { ...watch, subtree: true });
    addEventListener('languagechange', this.update);
    // A registration may add words for the language already spoken: build the lookup again too.
    this.unregister = onRegistered(() => (this.resolve(), this.refresh()));
    this.resolve();
    this.refresh(false);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    removeEventListener('languagechange', this.update);
    this.unregister?.();
  }

  /** A chunk arrived with words of its own: they join, in this language (resolves once they are here). */
  addPart(part: WordsPart): Promise<void> {
    this.parts.push(part);
    this.format = part.format ?? this.format;
    this.refresh();
    return this.fill(part);
  }

  /** Builds the lookup again (the element's `strings` changed, or words arrived). */
  refresh(render = true): void {
    const shipped = this.parts.map((p) => this.shipped.get(p));
    const layers = [
      this.host.strings,
      ...tagChain(this.lang).map(registeredFor),
      ...shipped,
      ...this.parts.map((p) => p.en),
    ];
    this.t = createTerm(this.lang, layers, this.format);
    if (render) this.host.requestUpdate();
  }

  private resolve(): void {
    const ownLang = this.host.getAttribute('lang');
    const known = (tag: string) => Boolean(shippedFor(tag) || registeredFor(tag));
    const lang = chooseLocale(
      inherited(this.host, 'lang'),
      this.host.ports.languages?.() ?? navigator.languages ?? [],
      known,
    );
    const dir = chooseDirection(
      this.host.getAttribute('dir') ?? (ownLang?.trim() ? null : inherited(this.host, 'dir')),
      lang,
    );
    // Any lang or dir on the page changed: nothing to do unless ours did.
    if (lang === this.wanted && dir === this.dir) return;
    const code = shippedFor(lang);
    const sameWords = code === shippedFor(this.lang) && this.shipped.size > 0;
    this.generation += 1;
    this.wanted = lang;
    this.dir = dir;
    // Until a new language's words arrive, the widget goes on in the one it had (in the new direction).
    if (!code || sameWords) return this.speak(lang, code ? this.shipped : new Map());
    void this.switchTo(lang, code);
    this.refresh();
  }

  /** Speaks `lang` with these shipped words (none: the catalogue's English and what is registered). */
  private speak(lang: string, shipped: Map<WordsPart, Words>): void {
    this.lang = lang;
    this.shipped = shipped;
    this.refresh();
  }

  /**
   * Fetches the launcher's words in a shipped language, then speaks it; the other parts follow
   * as they arrive. A late answer for a language no longer wanted is dropped.
   */
  private async switchTo(lang: string, code: ShippedLocale): Promise<void> {
    const generation = this.generation;
    try {
      const words = await this.parts[0].load(code);
      if (generation !== this.generation) return;
      this.speak(lang, new Map([[this.parts[0], words]]));
      for (const part of this.parts) void this.fill(part);
    } catch {
      // Offline or blocked: the widget stays readable, in the language it had.
    }
  }

  private async fill(part: WordsPart): Promise<void> {
    const code = shippedFor(this.lang);
    const generation = this.generation;
    if (!code || this.shipped.has(part)) return;
    try {
      const words = await part.load(code);
      // Still the language these words are in (a switch may have begun and ended meanwhile).
      if (generation !== this.generation || shippedFor(this.lang) !== code) return;
      this.shipped.set(part, words);
      this.refresh();
    } catch {
      // This part stays in English.
    }
  }
}
