/**
 * The session's standing with its platform: the one value of its state machine
 * (session-phase.ts), moved only here, and the connection banner that value and the socket's
 * status imply (connection-policy.ts), dispatched when either changes.
 */
import type { SocketStatus } from '../socket/socket-status.js';
import type { ChatAction } from '../state/actions.js';
import type { PanelError } from '../state/chat-state.js';
import { connectionErrorAction } from './connection-policy.js';
import { INITIAL_SESSION, SessionPhase, everOpened, linkDown, nextSession } from './session-phase.js';
import type { SessionEvent } from './session-phase.js';

export class SessionStanding {
  private state = INITIAL_SESSION;

  constructor(
    private readonly shown: () => PanelError | null,
    private readonly dispatch: (action: ChatAction) => void,
  ) {}

  get stopped(): boolean {
    return this.state.phase === SessionPhase.Stopped;
  }

  /** Asked to connect, and not open now: answers can come only over REST. */
  get linkDown(): boolean {
    return linkDown(this.state);
  }

  move(event: SessionEvent): void {
    this.state = nextSession(this.state, event);
  }

  /**
   * The socket's status: the phase follows it. `opened` when the link has just opened, `lost`
   * when an open one has just gone.
   */
  socketChanged(status: SocketStatus): { opened: boolean; lost: boolean } {
    const wasOpen = this.state.phase === SessionPhase.Open;
    this.move({ type: 'socket', state: status.state });
    const open = this.state.phase === SessionPhase.Open;
    return { opened: open && !wasOpen, lost: wasOpen && !open };
  }

  /** A REST call succeeded: the platform is there, whatever its socket does. */
  restReached(status: SocketStatus | undefined): void {
    this.move({ type: 'rest-reached' });
    this.showError(status);
  }

  /** Sets or clears the banner for the socket's `status` and the session's facts. */
  showError(status: SocketStatus | undefined): void {
    const facts = { everOpened: everOpened(this.state), restReachable: this.state.restReachable };
    const action = status && connectionErrorAction(status, facts, this.shown());
    if (action) this.dispatch(action);
  }
}
