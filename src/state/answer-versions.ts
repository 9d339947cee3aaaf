/**
 * Regenerated answers as versions of one answer, as ChatGPT-style panels show them: the answers
 * to one question (`replyTo`) take one place in the conversation, the newest shown unless the
 * visitor steps back ("1/2"). Pure, apart from the visitor's choices, which the chat keeps.
 */
import type { ChatMessage } from './chat-state.js';

export interface AnswerVersion {
  /** The question's `client_message_id`, shared by its answers. */
  replyTo: string;
  /** 1-based, of `total`. */
  n: number;
  total: number;
}

/** The messages to draw (one version per question) and, for each answer drawn that has others, which it is. */
export function versionsShown(
  messages: readonly ChatMessage[],
  chosen: ReadonlyMap<string, number>,
): { visible: readonly ChatMessage[]; versionOf: ReadonlyMap<ChatMessage, AnswerVersion> } {
  const answers = new Map<string, ChatMessage[]>();
  for (const m of messages) {
    if (m.role !== 'assistant' || m.replyTo === null) continue;
    const list = answers.get(m.replyTo);
    if (list) list.push(m);
    else answers.set(m.replyTo, [m]);
  }
  const versionOf = new Map<ChatMessage, AnswerVersion>();
  const hidden = new Set<ChatMessage>();
  for (const [replyTo, list] of answers) {
    if (list.length < 2) continue;
    const index = Math.min(Math.max(0, chosen.get(replyTo) ?? list.length - 1), list.length - 1);
    list.forEach((m, i) => (i === index ? versionOf.set(m, { replyTo, n: i + 1, total: list.length }) : hidden.add(m)));
  }
  return { visible: hidden.size ? messages.filter((m) => !hidden.has(m)) : messages, versionOf };
}

/** The visitor's choice of version per question; a new answer (regenerate) shows the newest again. */
export class AnswerVersions {
  private readonly picked = new Map<string, number>();

  get chosen(): ReadonlyMap<string, number> {
    return this.picked;
  }

  /** Shows version `index` (0-based) of the answers to `replyTo`. */
  choose(replyTo: string, index: number): void {
    this.picked.set(replyTo, index);
  }

  /** The answers to `replyTo` get a new version: it is the one shown. */
  newest(replyTo: string | null): void {
    if (replyTo !== null) this.picked.delete(replyTo);
  }

  clear(): void {
    this.picked.clear();
  }
}
