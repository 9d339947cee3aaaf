/** The referrer policy the page declares in markup (`<meta name="referrer">`, the last one wins), or null. */
export function declaredReferrerPolicy(
  doc: Pick<Document, 'querySelectorAll'> | undefined = globalThis.document,
): string | null {
  const metas = doc ? [...doc.querySelectorAll('meta[name="referrer" i]')] : [];
  return metas.at(-1)?.getAttribute('content') ?? null;
}
