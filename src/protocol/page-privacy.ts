/**
 * What the platform is told about the page the chat runs on, and no more. A page's address
 * can carry secrets in its query and fragment (`/account?reset_token=…#access_token=…`), and the
 * platform is a third party to the site. By default it gets the origin and path; `page-url="full"`
 * adds the query; the fragment never leaves the page. The address the visitor came from is sent
 * only as its origin, and only where the page declares a referrer policy (`<meta name="referrer">`)
 * that lets another origin learn that much. A policy set only in an HTTP header is out of a
 * script's reach, so without a declared one nothing is sent.
 */
import type { PageInfo } from '../ports/ports.js';

export const PAGE_URL_MODES = ['path', 'full'] as const;
export type PageUrlMode = (typeof PAGE_URL_MODES)[number];

/** Referrer policies under which a page lets another origin learn at least the referrer's origin. */
const SENDS_ORIGIN = new Set([
  'origin',
  'origin-when-cross-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'no-referrer-when-downgrade',
  'unsafe-url',
]);

function url(href: string, mode: PageUrlMode): string {
  try {
    const parsed = new URL(href);
    return parsed.origin === 'null' ? '' : `${parsed.origin}${parsed.pathname}${mode === 'full' ? parsed.search : ''}`;
  } catch {
    return '';
  }
}

/** `referrerPolicy`: the last policy the page declares (a list: the last one the browser knows wins). */
function referrerOrigin(referrer: string, referrerPolicy: string | null): string {
  const declared = (referrerPolicy ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .at(-1);
  if (!referrer || !declared || !SENDS_ORIGIN.has(declared)) return '';
  try {
    const { origin } = new URL(referrer);
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

export function pageToSend(page: PageInfo, mode: PageUrlMode, referrerPolicy: string | null): PageInfo {
  return {
    url: url(page.url, mode),
    userAgent: page.userAgent,
    referrer: referrerOrigin(page.referrer, referrerPolicy),
  };
}
