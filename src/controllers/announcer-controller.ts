/**
 * What the conversation says to a visitor who is not looking at it, through one polite live
 * region: "answering" when an answer starts, then the answer as plain words, a sentence or
 * paragraph at a time as each completes (never per token, and at most one announcement every
 * ANNOUNCE_GAP_MS: what arrives meanwhile is said together), or, if the visitor prefers, once
 * at the end. And an unread count on the launcher while the panel is closed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Term } from '../i18n/term.js';
import { MARKDOWN_LIMITS } from '../markdown/limits.js';
import { lastSentenceEnd, speakable } from '../markdown/speakable.js';
import type { Scheduler } from '../ports/ports.js';
import type { ChatMessage } from '../state/chat-state.js';
import type { Transitions } from '../state/transitions.js';

/** The shortest time between two announcements: a screen reader must finish a sentence. */
export const ANNOUNCE_GAP_MS = 2000;

/**
 * What is read of an answer: its formatted part, as sighted visitors see it (the rest is offered
 * as plain text in the panel). A megabyte in the live region would also cost the page a layout of
 * a line per word, since the region is one pixel wide.
 */
const spoken = (content: string): string => speakable(content.slice(0, MARKDOWN_LIMITS.answerChars));

export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  announcement = '';
  /** Answers that arrived while the panel was closed. */
  unread = 0;
  /** The answer being read as it streams, and how much of its plain text has been said. */
  private reading: { key: string; said: number } | null = null;
  private pending = '';
  private lastSaid = -Infinity;
  private timer: unknown = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly t: () => Term,
    /** The assistant's name, as the panel shows it. */
    private readonly title: () => string,
    private readonly panelShown: () => boolean,
    private readonly scheduler: () => Scheduler,
    /** The visitor prefers answers read once, when complete, not as they arrive. */
    private readonly atEnd: () => boolean,
  ) {
    host.addController(this);
  }

  /**
   * A short status for screen readers ("Copied", "Thanks for your feedback"), said now. Said
   * twice in a row, it still changes the region, so it is read again.
   */
  say(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.lastSaid = this.scheduler().now();
    this.host.requestUpdate();
  }

  /** The visitor sees the conversation: nothing is unread. */
  seen(): void {
    this.unread = 0;
  }

  changed(changes: Transitions): void {
    for (const message of changes.streamingAnswers) this.streamed(message);
    const live = changes.completedAnswers.filter((answer) => answer.live);
    for (const { message } of live) this.completed(message);
    if (live.length && !this.panelShown()) this.unread += live.length;
  }

  hostDisconnected(): void {
    this.announcement = this.pending = '';
    if (this.timer !== null) this.scheduler().clearTimeout(this.timer);
    this.timer = null;
  }

  private streamed(message: ChatMessage): void {
    if (this.reading?.key !== message.key) {
      this.reading = { key: message.key, said: 0 };
      this.queue(this.t()('answering', { title: this.title() }), true);
    }
    if (this.atEnd()) return;
    const text = spoken(message.content);
    const end = lastSentenceEnd(text, this.reading.said);
    if (end < 0) return;
    this.queue(text.slice(this.reading.said, end));
    this.reading.said = end;
  }

  private completed(message: ChatMessage): void {
    const said = this.reading?.key === message.key && !this.atEnd() ? this.reading.said : 0;
    this.reading = null;
    const rest = spoken(message.content).slice(said);
    // Read whole, an answer says who answered; read as it arrived, its last words follow on.
    this.queue(said ? rest : this.t()('announceAnswer', { title: this.title(), content: rest }), true);
  }

  /** Adds words to say: now if the last announcement is old enough (or `soon`), else together with what follows. */
  private queue(text: string, soon = false): void {
    if (!text.trim()) return;
    this.pending = `${this.pending} ${text.trim()}`.trim();
    const wait = this.lastSaid + ANNOUNCE_GAP_MS - this.scheduler().now();
    if (soon || wait <= 0) return this.flush();
    this.timer ??= this.scheduler().setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    if (this.timer !== null) this.scheduler().clearTimeout(this.timer);
    this.timer = null;
    const text = this.pending;
    this.pending = '';
    if (text) this.say(text);
  }
}
