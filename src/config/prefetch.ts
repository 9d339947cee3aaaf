/**
 * Whether the chat may be fetched ahead of the visitor's intent, once the page has loaded and the
 * browser is idle: a click then finds it in the browser's cache, compiled. Fetched, never run: a
 * page whose visitor never opens the chat pays a low-priority download in idle time, and no
 * main-thread work.
 */
import type { FrameConfig } from './config.js';

export interface PrefetchFacts {
  /** The loader's configuration, or null when it is broken. */
  config: FrameConfig | null;
  /** The `consent` attribute, as written. */
  consent: string | null | undefined;
  /**
   * The visitor accepted the consent notice on an earlier visit (it is stored): asked only where
   * consent is required, so other pages never read storage for it.
   */
  consentGiven: () => boolean;
  /** The visitor asked the browser to save data (`navigator.connection.saveData`); unknown: no. */
  saveData: boolean | undefined;
}

/**
 * Asked only while the chat has not been asked for (controllers/idle-controller.ts). Never where
 * the owner turned it off (`prefetch="intent"`), never for a visitor saving data, and never
 * before a required consent is given: fetching the chat is itself a request the visitor
 * has not agreed to. A `consent` the chat cannot read counts as required here (the loader does
 * not guess in the visitor's disfavour).
 */
export function mayPrefetch(facts: PrefetchFacts): boolean {
  const consent = facts.consent?.trim() ?? '';
  if (facts.config?.prefetch !== 'idle' || facts.saveData) return false;
  return consent === '' || consent === 'none' || facts.consentGiven();
}
