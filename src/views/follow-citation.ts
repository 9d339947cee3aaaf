/**
 * Click handling for citation markers (`[n]` in an answer, render-markdown.ts): focus moves to the
 * answer's n-th source card.
 */

/** True when the click was on a citation (handled: the page's address does not change). */
export function followCitationFromClick(event: Event): boolean {
  const link = (event.target as Element | null)?.closest?.('a[data-cite]');
  if (!link) return false;
  event.preventDefault();
  const card = link
    .closest('.message')
    ?.querySelector<HTMLElement>(`.sources [data-source="${link.getAttribute('data-cite')}"]`);
  if (card) {
    card.focus();
    card.scrollIntoView?.({ block: 'nearest' });
  }
  return true;
}
