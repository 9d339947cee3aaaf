/**
 * What the loader does once the page is idle (after its load event, when the browser has nothing
 * else to do), once per element:
 * - it fetches the chat ahead of the visitor's intent, where config/prefetch.ts allows it;
 * - it looks for messages an earlier visit left unsent (offline, the tab closed): when some are
 *   stored, the chat is fetched, and its session sends them without waiting for an open.
 *
 * The facts are read then, not when the element connects: the configuration, or a consent given in
 * another tab, may have changed meanwhile. Reading storage waits for idle too: a page's first read
 * of localStorage is a synchronous wait on the browser (7 to 75 ms at 4× CPU, measured), and it
 * happens only in a browser the widget marked as holding something of its own (a conversation, or
 * a consent given), or one that cannot say (ports/stored-mark.ts): most pages are seen by visitors
 * who never used the chat.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storageNamespace, type ConfigResult, type FrameConfig } from '../config/config.js';
import { mayPrefetch } from '../config/prefetch.js';
import type { BrowserPorts } from '../ports/ports.js';
import { hasStored } from '../ports/safe-storage.js';
import { mark } from '../ports/stored-mark.js';

export interface IdleHost extends ReactiveControllerHost, Element {
  readonly configuration: ConfigResult<FrameConfig>;
  consent?: string | null;
  ports: BrowserPorts;
}

export interface IdleWork {
  /** The chat is not asked for yet: neither fetched ahead nor loading nor here. */
  chunkIdle: () => boolean;
  /** Fetches the chat ahead, without running it. */
  prefetch: () => void;
  /** Messages from an earlier visit wait in storage: the chat is asked for, to send them. */
  unsentFound: () => void;
}

export function whenPageIdle(host: IdleHost, work: IdleWork): ReactiveController {
  let asked = false;
  const controller: ReactiveController = {
    hostConnected() {
      if (asked) return;
      asked = true;
      const { whenIdle } = host.ports;
      // Where the ports cannot say when the page is idle, the look happens after the first update
      // (the configuration resolved), and nothing is fetched ahead.
      (whenIdle ?? ((run: () => void) => host.updateComplete.then(run)))(() => {
        const result = host.configuration;
        // A chat asked for already sends what waits itself.
        if (!result.ok || !host.isConnected || !work.chunkIdle()) return;
        const { config } = result;
        const namespace = storageNamespace(config);
        void mark(host.ports.marks, namespace, 'has').then((marked) => {
          const stored = (prefix: string) => marked !== false && hasStored(host.ports.storage, namespace, prefix);
          const saveData = host.ports.saveData?.();
          const consentGiven = () => stored('consent');
          if (whenIdle && mayPrefetch({ config, consent: host.consent, consentGiven, saveData })) work.prefetch();
          if (stored('outbox:')) work.unsentFound();
        });
      });
    },
  };
  host.addController(controller);
  return controller;
}
