import { expect } from '@open-wc/testing';
import { SocketState } from '../../src/protocol/connection.js';
import { INITIAL_SESSION, SessionPhase, everOpened, linkDown, nextSession, type SessionEvent, type SessionState } from '../../src/session/session-phase.js';

const run = (...events: SessionEvent[]): SessionState => events.reduce(nextSession, INITIAL_SESSION);
const socket = (state: SocketState): SessionEvent => ({ type: 'socket', state });

describe('the session state machine', () => {
  it('goes idle → connecting → open → reconnecting → open, as its socket does', () => {
    const steps: [SessionEvent, SessionPhase][] = [
      [{ type: 'connect' }, SessionPhase.Connecting],
      [socket(SocketState.Connecting), SessionPhase.Connecting],
      [socket(SocketState.Waiting), SessionPhase.Connecting],
      [socket(SocketState.Open), SessionPhase.Open],
      [socket(SocketState.Waiting), SessionPhase.Reconnecting],
      [socket(SocketState.Connecting), SessionPhase.Reconnecting],
      [{ type: 'connect' }, SessionPhase.Reconnecting],
      [socket(SocketState.Open), SessionPhase.Open],
      [socket(SocketState.Closed), SessionPhase.Reconnecting],
    ];
    let state = INITIAL_SESSION;
    for (const [event, phase] of steps) {
      state = nextSession(state, event);
      expect(state.phase, JSON.stringify(event)).to.equal(phase);
    }
  });

  it('is open "ever" once its socket has opened, and not before: a first connection that fails is not a lost one', () => {
    expect(everOpened(run({ type: 'connect' }, socket(SocketState.Waiting)))).to.equal(false);
    expect(everOpened(run({ type: 'connect' }, socket(SocketState.Open)))).to.equal(true);
    expect(everOpened(run({ type: 'connect' }, socket(SocketState.Open), socket(SocketState.Waiting)))).to.equal(true);
  });

  it('its link is down (answers come only over REST) while it connects or reconnects, not before, when open or once stopped', () => {
    expect(linkDown(INITIAL_SESSION)).to.equal(false);
    expect(linkDown(run({ type: 'connect' }))).to.equal(true);
    expect(linkDown(run({ type: 'connect' }, socket(SocketState.Open)))).to.equal(false);
    expect(linkDown(run({ type: 'connect' }, socket(SocketState.Open), socket(SocketState.Waiting)))).to.equal(true);
    expect(linkDown(run({ type: 'connect' }, { type: 'stop' }))).to.equal(false);
  });

  it('ignores a socket before it was asked to connect', () => {
    expect(run(socket(SocketState.Open))).to.equal(INITIAL_SESSION);
  });

  it('remembers that REST reached the platform, whatever the phase', () => {
    expect(run({ type: 'rest-reached' }).restReachable).to.equal(true);
    expect(run({ type: 'connect' }, { type: 'rest-reached' }, socket(SocketState.Open)).restReachable).to.equal(true);
  });

  it('once stopped, nothing moves it again', () => {
    const stopped = run({ type: 'connect' }, socket(SocketState.Open), { type: 'stop' });
    expect(stopped.phase).to.equal(SessionPhase.Stopped);
    for (const event of [{ type: 'connect' }, socket(SocketState.Open), { type: 'rest-reached' }] as SessionEvent[]) {
      expect(nextSession(stopped, event)).to.equal(stopped);
    }
  });
});
