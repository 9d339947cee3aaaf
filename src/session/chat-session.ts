/**
 * The session: the only place that dispatches to the store. It composes the visitor's identity,
 * the outbox, the chat socket and the REST fallback's poller, and feeds what they report through
 * the pure connection policy and frame mapping. It restores the conversation on connect and
 * refetches history after every reconnect.
 */
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import { blocksSocket } from '../protocol/endpoints.js';
import type { ServerFrame } from '../protocol/types.js';
import type { SocketStatus } from '../socket/socket-status.js';
import type { ChatAction } from '../state/actions.js';
import { frameAction, questionUnseen } from './frame-actions.js';
import { SessionParts } from './session-parts.js';
import { followStorage } from './storage-sync.js';
import { newOutboxEntry } from './stored.js';

export class ChatSession extends SessionParts {
  get sessionId(): string {
    return this.identity.sessionId;
  }

  get chatId(): string | null {
    return this.identity.chatId;
  }

  /** Sent on every REST call and in `auth`; never shown. */
  readonly visitorSecret = (): string | null => this.identity.visitorSecret;

  /** Messages written but not yet acknowledged by the platform (kept across reloads). */
  readonly pendingCount = (): number => this.outbox.size;

  /** Connects, restores the conversation and delivers what waits. Idempotent. */
  connect(): void {
    if (this.socket || this.standing.stopped) return;
    this.standing.move({ type: 'connect' });
    this.identity.save();
    const socket = (this.socket = this.options.createSocket(
      () => this.handshake.socketUrl(this.options.wsUrl),
      () => this.handshake.data(),
      this.questions.dialect.choice,
    ));
    this.unsubscribers.push(
      socket.onStatus((s) => this.onStatus(s)),
      socket.onFrame((f) => this.onFrame(f)),
    );
    void this.questions.dialect.restored(socket).then((kept) => this.history.receive(kept));
    this.outbox.restore().forEach(this.dispatch);
    this.handshake.open(socket, () => this.socket === socket);
    if (this.chatId) void this.history.load();
    void this.flush();
  }

  /** Releases the socket for good (the element left the page). */
  stop(): void {
    this.standing.move({ type: 'stop' });
    this.options.storage.close(); // what arrives after this (a slow chat creation) writes nothing back
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.socket?.disconnect('Widget removed');
    this.socket = null;
    this.history.stopPolling();
  }

  /** Queues a message and starts delivering it: its client_message_id, or null if it cannot be sent. */
  send(text: string): string | null {
    const entry = newOutboxEntry(text, this.options.newId(), this.options.now());
    if (!entry) return null;
    this.dispatch(this.outbox.add(entry));
    this.connect();
    void this.flush();
    return entry.client_message_id;
  }

  /** A failed message the visitor gives up on (Discard): gone from the queue, storage and view. */
  discard = (clientMessageId: string): void => this.dispatch(this.outbox.discard(clientMessageId));

  /** The Retry button: reconnect now, even after a terminal close, and resend every failed message. */
  retry(): void {
    this.outbox.forgiveFailures();
    this.dispatch({ type: 'error', error: null });
    this.socket?.connect();
    void this.flush();
  }

  /** The page's policy refused a connection to `blockedUrl`: if it is our socket, work over REST (true). */
  connectBlocked(blockedUrl: string): boolean {
    const ours = blocksSocket(blockedUrl, this.options.wsUrl);
    if (ours) this.socket?.block();
    return ours;
  }

  setSuspended = (suspended: boolean): void => this.socket?.setSuspended(suspended);

  /** The network or the page came back: reconnect now, and deliver what waits. */
  wake(): void {
    if (!this.socket) return;
    this.socket.wake();
    this.outbox.forgiveFailures();
    void this.flush();
  }

  /** The page is going away: close the socket cleanly; `wake()` (pageshow) reopens it. */
  leave = (): void => this.socket?.disconnect('Page hidden');

  /**
   * Another tab changed this tenant's storage (storage-sync.ts); true when it forgot this visitor: the
   * session must end.
   */
  storageChanged(key: string): boolean {
    const change = followStorage(key, this.identity, this.outbox, this.options.storage);
    if (change === 'chat') void this.history.reload();
    return change === 'forgotten';
  }

  /** Starts a new conversation: the platform keeps the old chat, the widget forgets it. */
  clear(): void {
    this.identity.forgetChat();
    this.outbox.clear();
    this.questions.dialect.clear(this.options.storage);
    this.dispatch({ type: 'conversation-cleared' });
  }

  private onStatus(status: SocketStatus): void {
    const { opened, lost } = this.standing.socketChanged(status);
    if (status.droppedFrames > this.store.state.connection.droppedFrames) this.history.catchUp();
    this.dispatch({ type: 'connection-changed', status });
    if (opened) {
      this.history.joined();
      this.outbox.forgiveFailures();
    } else if (lost) {
      this.dispatch({ type: 'answers-interrupted' });
    }
    if (status.state !== SocketState.Open) this.history.pollIfDue();
    // Open, or a first link that could not open (questions waiting on its dialect go over REST).
    void this.flush();
    if (status.state === SocketState.Closed && status.problem === ConnectionProblem.ChatNotFound) {
      this.identity.forgetChat();
      this.socket?.connect();
      return;
    }
    const socket = this.socket;
    if (this.handshake.statusChanged(status, opened, socket, () => this.socket === socket)) return;
    this.standing.showError(status);
  }

  /** A frame of ours; `auth` acknowledged goes to the handshake (a verified visitor's chat, a re-auth's catch-up). */
  private readonly onFrame = (frame: ServerFrame): void => {
    if (frame.type === 'auth_success') return this.handshake.acknowledged(frame.data, true);
    if (frame.type === 'chat_joined') return this.identity.joined(frame.data.chat_id);
    if (questionUnseen(frame, this.chatId, this.store.state.messages)) this.history.catchUp();
    this.dispatchIf(frameAction(frame, this.chatId, this.options.now));
  };

  private async flush(): Promise<void> {
    if (this.standing.stopped || this.questions.waits) return;
    for await (const action of this.outbox.drain(this.questions.deliver)) this.dispatch(action);
  }

  private readonly dispatchIf = (action: ChatAction | null): void => void (action && this.dispatch(action));
}
