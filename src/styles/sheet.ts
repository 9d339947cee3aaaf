/**
 * One constructed stylesheet per text, shared by every widget on the page. Adopted, never put in
 * a `<style>` element: a strict CSP allows adopted sheets without a nonce.
 */
const made = new Map<string, CSSStyleSheet>();

export function sheet(text: string): CSSStyleSheet {
  let found = made.get(text);
  if (!found) {
    found = new CSSStyleSheet();
    found.replaceSync(text);
    made.set(text, found);
  }
  return found;
}

/** Adds the sheets of `texts` to `root`, after those it has (each once). */
export function adoptSheets(root: ShadowRoot, texts: readonly string[]): void {
  const have = root.adoptedStyleSheets;
  const more = texts.map(sheet).filter((s) => !have.includes(s));
  if (more.length) root.adoptedStyleSheets = [...have, ...more];
}
