/**
 * What the composer holds: the visitor's text (or the page's `show({ draft })`), the length of a
 * paste cut at the limit, and whether the last send was refused as too fast. Kept by the chat, so
 * a re-render never loses what was typed.
 */
import { MAX_MESSAGE_CHARS } from './message-limit.js';

export class ComposerDraft {
  text = '';
  /** The length of a paste cut at the limit, shown until the text fits again. */
  cutPaste: number | null = null;
  /** The last send was refused by the send rate: the composer says to wait. */
  tooFast = false;

  /** The visitor typed (or pasted: `cutPaste` when the paste was cut). */
  input(value: string, cutPaste?: number): void {
    this.text = value;
    if (cutPaste !== undefined) this.cutPaste = cutPaste;
    else if (value.length <= MAX_MESSAGE_CHARS) this.cutPaste = null;
  }

  /** Replaces the text: sent, forgotten, or filled by the page. */
  set(text: string): void {
    [this.text, this.cutPaste] = [text, null];
  }
}
