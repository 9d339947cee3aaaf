// What the reference platform's modules share (demo/platform/platform-state.mjs): one frozen
// object, whose changing parts each change through their owner's method only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { platformState } from '../../demo/platform/platform-state.mjs';

const made = (faults = []) => platformState({ dialect: 'guide', streamDelayMs: 5 }, faults, (state) => ({ madeWith: state }));

describe('the platform’s shared state', () => {
  it('no module can assign to it: settings, faults and counters are read, never written', () => {
    const state = made(['latency=20']);
    assert.throws(() => (state.streamDelayMs = 0), TypeError);
    assert.throws(() => (state.faults = {}), TypeError);
    assert.throws(() => (state.faults.latency = 0), TypeError, 'the faults in force are frozen too');
    assert.throws(() => (state.tokenGeneration = 9), TypeError);
    assert.throws(() => (state.extra = true), TypeError);
    assert.equal(state.streamDelayMs, 5);
  });

  it('counters count by name, and a name that is not a counter is an error, not a new counter', () => {
    const state = made();
    state.count('connections');
    state.count('connections');
    state.count('tokens');
    assert.deepEqual(state.counts(), { connections: 2, feedback: 0, cancelled: 0, tokens: 1 });
    assert.throws(() => state.count('conections'), /no counter "conections"/);
    state.countFrame('join_chat');
    assert.deepEqual(state.counts().clientFrames, { join_chat: 1 });
    state.counts().connections = 99;
    assert.equal(state.counts().connections, 2, 'what counts() gives is a copy');
  });

  it('faults switch, the token generation moves on, the address and the closing are recorded, each by its method', () => {
    const state = made(['latency=20']);
    assert.deepEqual(state.faults, { latency: 20 });
    assert.deepEqual(state.switchFaults(['ws-1011']), { 'ws-1011': true });
    assert.deepEqual(state.faults, { 'ws-1011': true });
    assert.equal(state.revokeTokens(), 1);
    assert.equal(state.tokenGeneration, 1);
    state.listening('http://127.0.0.1:9');
    assert.equal(state.publicUrl, 'http://127.0.0.1:9');
    assert.equal(state.closed, false);
    state.closing();
    assert.equal(state.closed, true);
  });

  it('the hub is made once, with the state it is part of', () => {
    const state = made();
    assert.equal(state.hub.madeWith, state);
  });
});
