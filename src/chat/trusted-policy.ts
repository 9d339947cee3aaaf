/**
 * The Trusted Types policy the chat's Lit makes its templates under: the loader's (created at
 * load, under the name a site's CSP allows: load-chat.script.ts), handed over when the chunk
 * arrives, kept in this module's scope and never on a global, where any script on the page could
 * make TrustedHTML with it. The script-tag build routes Lit's template HTML here
 * (scripts/rollup/patches.mjs); the ESM build keeps the bundler's Lit and its own policy.
 */
interface HtmlPolicy {
  createHTML(html: string): unknown;
}

let policy: HtmlPolicy | undefined;

/** The loader's policy; the first one given stays (a page script cannot swap it later). */
export function useTrustedPolicy(given: HtmlPolicy | undefined): void {
  policy ??= given;
}

/** A template's HTML (Lit's own, never a platform string), trusted under the loader's policy. */
export const trustedHTML = (html: string): unknown => (policy ? policy.createHTML(html) : html);
