import type { ConfigEnvironment } from './resolve-config.js';

/**
 * The origin this script was loaded from: the default `api-url` when the platform serves the
 * widget itself. Read once at module evaluation (document.currentScript only exists then);
 * rollup rewrites import.meta.url for the IIFE build.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** import.meta.url, or null where it cannot be had (rollup's IIFE stand-in throws on about:blank). */
function scriptUrl(): string | null {
  try {
    return import.meta.url;
  } catch {
    return null;
  }
}

/** The URL this script was loaded from: the script-tag build loads its chat chunk from next to it. */
export const SCRIPT_URL: string | null = scriptUrl();

export const SCRIPT_ORIGIN: string | null = originOf(SCRIPT_URL);

/** Imports an ES module that sits next to this script: the script-tag build's chunks and language files. */
export function importNextToScript<M>(file: string): Promise<M> {
  if (!SCRIPT_URL) return Promise.reject(new Error(`no script URL to load ${file} from`));
  return import(/* webpackIgnore: true */ new URL(file, SCRIPT_URL).href) as Promise<M>;
}

/** What resolving the config needs to know of the page: the script's origin, the page's protocol, colour support. */
export function pageEnvironment(): ConfigEnvironment {
  return {
    scriptOrigin: SCRIPT_ORIGIN,
    pageProtocol: globalThis.location?.protocol,
    isColor: (v) => globalThis.CSS?.supports?.('color', v) ?? true,
  };
}
