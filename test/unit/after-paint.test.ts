// The `afterPaint` port's default: work queued behind the next painted frame, once.
import { expect } from '@open-wc/testing';
import { PAINT_WAIT_MS, afterNextPaint, afterPaint } from '../../src/ports/after-paint.js';
import type { BrowserPorts } from '../../src/ports/ports.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('afterNextPaint', () => {
  it('runs neither now nor in the next frame callback, but in a task after that frame, and only once', async () => {
    let runs = 0;
    afterNextPaint(() => (runs += 1));
    expect(runs, 'not at once').to.equal(0);
    // Frame callbacks run in the order asked: ours came first and queued a task, which waits for the paint.
    await nextFrame();
    expect(runs, 'not inside the frame').to.equal(0);
    await wait(PAINT_WAIT_MS * 2); // past the longest wait too: it does not run a second time
    expect(runs).to.equal(1);
  });
});

describe('afterPaint, as the ports say', () => {
  const ports = (afterPaint?: BrowserPorts['afterPaint']) => ({ afterPaint }) as BrowserPorts;

  it('null runs at once (tests that read the socket as the panel opens)', () => {
    let runs = 0;
    afterPaint(ports(null), () => (runs += 1));
    expect(runs).to.equal(1);
  });

  it('a port of its own is handed the work; none given is the next painted frame', async () => {
    const handed: (() => void)[] = [];
    let runs = 0;
    afterPaint(ports((run) => void handed.push(run)), () => (runs += 1));
    expect([handed.length, runs]).to.deep.equal([1, 0]);
    afterPaint(ports(), () => (runs += 1));
    expect(runs, 'not at once').to.equal(0);
    await wait(PAINT_WAIT_MS * 2);
    expect(runs).to.equal(1);
  });
});
