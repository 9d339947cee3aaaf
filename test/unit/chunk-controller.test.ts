// The chat chunk's arrival, as the element sees it: whether a panel waiting for the chat says
// that it loads. A chunk fetched ahead arrives in a moment, so its panel is drawn at once, with
// no loading panel in between, unless it takes longer than a phone needs to run it.
import { expect } from '@open-wc/testing';
import { ChunkController, ChunkState, SOON_MS } from '../../src/controllers/chunk-controller.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';

function chunk(prefetched: boolean) {
  const scheduler = new FakeScheduler();
  const host = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  let settle!: { resolve: (m: string) => void; reject: (e: Error) => void };
  const arrived: string[] = [];
  const controller = new ChunkController<string>(
    host,
    () => new Promise<string>((resolve, reject) => (settle = { resolve, reject })),
    (m) => arrived.push(m),
    () => undefined,
    { arrivesSoon: () => prefetched, scheduler: () => scheduler },
  );
  return { controller, scheduler, host, arrived, settle: () => settle };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ChunkController: is the chat due in a moment?', () => {
  it('a chunk fetched ahead is due while it loads, and arrives without a loading panel', async () => {
    const { controller, settle, arrived } = chunk(true);
    controller.request();
    expect(controller.state).to.equal(ChunkState.Loading);
    expect(controller.arrivingSoon).to.equal(true);
    settle().resolve('chat');
    await tick();
    expect(arrived).to.deep.equal(['chat']);
    expect(controller.arrivingSoon).to.equal(false);
  });

  it('one that takes longer than SOON_MS is said to load after all (and the element draws again)', async () => {
    const { controller, scheduler, host } = chunk(true);
    controller.request();
    const before = host.updates;
    scheduler.advance(SOON_MS - 1);
    expect(controller.arrivingSoon).to.equal(true);
    scheduler.advance(1);
    expect(controller.arrivingSoon).to.equal(false);
    expect(host.updates).to.equal(before + 1);
  });

  it('a chunk not fetched ahead is never due: its loading panel shows at once', () => {
    const { controller } = chunk(false);
    controller.request();
    expect(controller.arrivingSoon).to.equal(false);
  });

  it('a failed load is not due (its failure shows), nor is its retry, which asks under another address', async () => {
    const { controller, scheduler, settle, host } = chunk(true);
    controller.request();
    settle().reject(new Error('offline'));
    await tick();
    expect(controller.state).to.equal(ChunkState.Failed);
    expect(controller.arrivingSoon).to.equal(false);
    controller.request();
    expect(controller.state).to.equal(ChunkState.Loading);
    expect(controller.arrivingSoon, 'the retry shows that it loads').to.equal(false);
    const updates = host.updates;
    scheduler.advance(SOON_MS);
    expect(host.updates, 'the first load’s timer changes nothing').to.equal(updates);
  });
});
