// The chat chunk's arrival, as the element sees it: fetched once on the first sign of intent,
// what the page asked of the chat before it arrived done in order when it does, and a failed
// load retried as a new attempt.
import { expect } from '@open-wc/testing';
import { ChunkController, ChunkState } from '../../src/controllers/chunk-controller.js';

function chunk() {
  const host = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  const loads: { attempt: number; resolve: (m: string) => void; reject: (e: Error) => void }[] = [];
  const arrived: string[] = [];
  const errors: unknown[] = [];
  const controller = new ChunkController<string>(
    host,
    (attempt) => new Promise<string>((resolve, reject) => loads.push({ attempt, resolve, reject })),
    (m) => arrived.push(m),
    (e) => errors.push(e),
  );
  return { controller, host, loads, arrived, errors };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ChunkController: the chat, fetched once and waited for', () => {
  it('is fetched once however often intent is shown, and the element draws on each change of state', async () => {
    const { controller, loads, arrived, host } = chunk();
    expect(controller.state).to.equal(ChunkState.Idle);
    controller.request();
    controller.request();
    expect(loads.length, 'one load on its way').to.equal(1);
    expect(controller.state).to.equal(ChunkState.Loading);
    loads[0].resolve('chat');
    await tick();
    expect(controller.state).to.equal(ChunkState.Ready);
    expect(arrived).to.deep.equal(['chat']);
    controller.request();
    expect(loads.length, 'never fetched again once here').to.equal(1);
    expect(host.updates).to.equal(2);
  });

  it('does what the page asked before the chat arrived, in order, after the chat is attached', async () => {
    const { controller, loads, arrived } = chunk();
    const done: string[] = [];
    controller.later(() => done.push(`first, with ${arrived.length} attached`));
    controller.later(() => done.push('second'));
    expect(loads.length, 'asking fetches it').to.equal(1);
    expect(done).to.deep.equal([]);
    loads[0].resolve('chat');
    await tick();
    expect(done).to.deep.equal(['first, with 1 attached', 'second']);
    controller.later(() => done.push('at once'));
    expect(done.at(-1)).to.equal('at once');
  });

  it('takes at most `limit` pieces of work early, refusing the rest; none are refused once the chat is here', async () => {
    const { controller, loads } = chunk();
    const done: number[] = [];
    const taken = [1, 2, 3].map((n) => controller.laterUpTo(2, () => done.push(n)));
    expect(taken).to.deep.equal([true, true, false]);
    loads[0].resolve('chat');
    await tick();
    expect(done).to.deep.equal([1, 2]);
    expect(controller.laterUpTo(2, () => done.push(4))).to.equal(true);
    expect(done).to.deep.equal([1, 2, 4]);
  });

  it('a failed load is reported and can be retried, as a new attempt; the waiting work runs when the retry succeeds', async () => {
    const { controller, loads, errors, arrived } = chunk();
    const done: string[] = [];
    controller.later(() => done.push('sent'));
    loads[0].reject(new Error('offline'));
    await tick();
    expect(controller.state).to.equal(ChunkState.Failed);
    expect(errors.length).to.equal(1);
    expect(done, 'nothing done without the chat').to.deep.equal([]);
    controller.request();
    expect(controller.state).to.equal(ChunkState.Loading);
    expect(loads.map((l) => l.attempt)).to.deep.equal([0, 1]);
    loads[1].resolve('chat');
    await tick();
    expect(arrived).to.deep.equal(['chat']);
    expect(done).to.deep.equal(['sent']);
  });
});
