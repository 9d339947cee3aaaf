/**
 * Markdown → safe HTML. marked (CommonMark + GFM) parses; DOMPurify decides what may reach the
 * page. marked keeps `javascript:` links and raw HTML by default: raw HTML is escaped here, and
 * the sanitizer is what makes the rest safe (only http(s)/mailto/tel links, opened in a new tab
 * without referrer or opener; images only from trusted origins, others shown as links, because
 * an image URL is how an injected prompt leaks chat data).
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span',
];
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'align', 'start', 'class'];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function parseUrl(value: string | null): URL | null {
  if (!value) return null;
  try {
    return new URL(value, 'https://invalid.invalid/');
  } catch {
    return null;
  }
}

export interface MarkdownRenderer {
  /** Safe HTML for one block of markdown (cached). */
  render(markdown: string): string;
}

/** The words the renderer puts into answers (from the string catalogue). */
export interface MarkdownLabels {
  copy: string;
  copyCode: string;
  /** For an image shown as a link; receives the image's alt text or URL. */
  imageLink: (text: string) => string;
}

/** `trustedImageOrigins`: images from these origins load (the platform's); others become links. */
export function createMarkdownRenderer(trustedImageOrigins: readonly string[], labels: MarkdownLabels): MarkdownRenderer {
  const trusted = new Set(trustedImageOrigins);
  const isTrustedImage = (src: string | null) => {
    const url = parseUrl(src);
    return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && trusted.has(url.origin);
  };

  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    renderer: {
      html: ({ text }) => escapeHtml(text),
      image: ({ href, text }) =>
        isTrustedImage(href)
          ? `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}">`
          : `<a href="${escapeHtml(href)}" class="image-link">${escapeHtml(labels.imageLink(text || href))}</a>`,
    },
  });

  const purify = DOMPurify(globalThis.window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const url = parseUrl(node.getAttribute('href'));
      if (!url || !LINK_PROTOCOLS.has(url.protocol) || url.origin === 'https://invalid.invalid') node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
    if (node.nodeName === 'IMG' && !isTrustedImage(node.getAttribute('src'))) node.removeAttribute('src');
  });

  const cache = new Map<string, string>();
  return {
    render(markdown) {
      const hit = cache.get(markdown);
      if (hit !== undefined) return hit;
      const raw = marked.parse(markdown) as string;
      const safe = purify
        .sanitize(raw, { ALLOWED_TAGS, ALLOWED_ATTR, ADD_ATTR: ['target', 'rel'], ALLOW_DATA_ATTR: false })
        // Code blocks get a copy button. Raw HTML was escaped, so every <pre> and <table> here is ours.
        .replace(/<pre>/g, `<div class="code"><button type="button" class="copy" aria-label="${escapeHtml(labels.copyCode)}">${escapeHtml(labels.copy)}</button><pre>`)
        .replace(/<\/pre>/g, '</pre></div>')
        // Tables scroll sideways in their own box rather than squeezing words apart.
        .replace(/<table>/g, '<div class="table"><table>')
        .replace(/<\/table>/g, '</table></div>');
      if (cache.size > 500) cache.delete(cache.keys().next().value as string);
      cache.set(markdown, safe);
      return safe;
    },
  };
}
