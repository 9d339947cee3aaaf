/**
 * What the panel shows that is the visitor's view of the conversation, not the conversation
 * itself (the store holds that): how many of the latest messages are drawn, which version of a
 * regenerated answer is read, and whether answers are read out as they arrive or once complete.
 * One owner for them, which asks for a render whenever one changes.
 */
import type { ReactiveControllerHost } from 'lit';
import type { StorageLike } from '../ports/ports.js';
import { readsAtEnd, setReadsAtEnd } from '../ports/visitor-preference.js';
import { AnswerVersions } from '../state/answer-versions.js';

/** Messages drawn at first, and added each time the visitor scrolls to the top. */
export const MESSAGES_PER_PAGE = 60;

export class PanelViewState {
  /** How many of the latest messages are drawn: a long history opens fast, and grows on scroll. */
  drawn = MESSAGES_PER_PAGE;
  /** The visitor prefers answers read once complete (ports/visitor-preference.ts). */
  readAtEnd: boolean;
  /** Which version of a regenerated answer the visitor reads ("1/2"). */
  private readonly versions = new AnswerVersions();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storage: () => StorageLike | null,
  ) {
    this.readAtEnd = readsAtEnd(storage);
  }

  get chosenVersions(): ReadonlyMap<string, number> {
    return this.versions.chosen;
  }

  /** Draws one more page of older messages. */
  drawMore(): void {
    this.drawn += MESSAGES_PER_PAGE;
    this.host.requestUpdate();
  }

  /** Shows version `index` (0-based) of the answers to `replyTo`. */
  chooseVersion(replyTo: string, index: number): void {
    this.versions.choose(replyTo, index);
    this.host.requestUpdate();
  }

  /** The answer to `replyTo` is being written again: its newest version is the one shown. */
  showNewest(replyTo: string | null): void {
    this.versions.newest(replyTo);
  }

  /** Reading answers as they arrive, or once complete: the visitor's choice, kept on this site. */
  toggleReading(): void {
    this.readAtEnd = !this.readAtEnd;
    setReadsAtEnd(this.storage, this.readAtEnd);
    this.host.requestUpdate();
  }

  /** A new conversation: from its latest messages, no versions chosen. */
  reset(): void {
    this.drawn = MESSAGES_PER_PAGE;
    this.versions.clear();
    this.host.requestUpdate();
  }
}
