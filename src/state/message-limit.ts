/** The one check of what a visitor may send: not empty, and within the platform's limit. */

/** The longest message the widget sends (the reference platform's limit, docs/protocol.md). */
export const MAX_MESSAGE_CHARS = 4000;

export type MessageCheck =
  | { readonly ok: true; readonly content: string }
  | { readonly ok: false; readonly problem: 'empty' | 'too-long'; readonly length: number };

export function checkMessage(text: string): MessageCheck {
  const content = String(text ?? '').trim();
  if (!content) return { ok: false, problem: 'empty', length: 0 };
  if (content.length > MAX_MESSAGE_CHARS) return { ok: false, problem: 'too-long', length: content.length };
  return { ok: true, content };
}
