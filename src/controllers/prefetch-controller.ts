/**
 * Fetches the chat ahead of the visitor's intent, once per element: after the page's load event,
 * when the browser is idle, and only where config/prefetch.ts allows it. The facts are read then,
 * not when the element connects: the configuration, or a consent given in another tab, may have
 * changed meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storageNamespace, type ConfigResult, type FrameConfig } from '../config/config.js';
import { mayPrefetch } from '../config/prefetch.js';
import type { BrowserPorts } from '../ports/ports.js';
import { hasStored } from '../ports/safe-storage.js';

export interface PrefetchHost extends ReactiveControllerHost, Element {
  readonly configuration: ConfigResult<FrameConfig>;
  consent?: string | null;
  ports: BrowserPorts;
}

export function prefetchWhenIdle(
  host: PrefetchHost,
  chunkIdle: () => boolean,
  prefetch: () => void,
): ReactiveController {
  let asked = false;
  const controller: ReactiveController = {
    hostConnected() {
      if (asked) return;
      asked = true;
      host.ports.whenIdle?.(() => {
        const result = host.configuration;
        const config = result.ok ? result.config : null;
        const facts = {
          config,
          consent: host.consent,
          consentGiven: () => config !== null && hasStored(host.ports.storage, storageNamespace(config), 'consent'),
          saveData: host.ports.saveData?.() ?? false,
          chunkIdle: chunkIdle(),
        };
        if (host.isConnected && mayPrefetch(facts)) prefetch();
      });
    },
  };
  host.addController(controller);
  return controller;
}
