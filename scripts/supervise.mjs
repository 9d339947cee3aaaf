// Runs one phase of `npm test` (the Node tests, or the browser runner) so that it always ends:
// - in its own process group, which is killed once the phase ends, so no browser, driver or
//   platform it started outlives it and holds the log's pipe open (a CI run once waited out its
//   whole time limit after the tests had printed their summary);
// - with a watchdog when nobody watches a terminal: if the phase prints nothing for `quietMs`,
//   or runs past `limitMs`, the log gets what the machine was doing (processes, memory, disk)
//   and the group is killed, so a hang fails the run in minutes, with a reason.
// At a terminal the phase inherits it (live progress, Ctrl-C) and only the cleanup applies.
import { spawn, spawnSync } from 'node:child_process';

const killGroup = (pid, signal) => {
  try {
    process.kill(-pid, signal);
  } catch {
    /* the group is already gone */
  }
};

/** What the machine was doing, for a log that ends in a hang. */
function snapshot() {
  const run = (command, args) => spawnSync(command, args, { encoding: 'utf8' }).stdout ?? '';
  return [
    run('ps', ['-eo', 'pid,ppid,pgid,stat,etime,rss,args', '--sort=pid']).split('\n').filter((l) => !/\bps -eo\b/.test(l)).map((l) => l.slice(0, 200)).join('\n'),
    run('free', ['-m']),
    run('df', ['-h', '.', '/tmp']),
  ].join('\n');
}

/**
 * Runs `command` with `args`; resolves to { status, signal, reason } where `reason` says why
 * the watchdog ended it (undefined when it ended by itself).
 */
export function supervise(command, args, { cwd, env, quietMs = 10 * 60_000, limitMs = 60 * 60_000, name }) {
  const watched = !process.stdout.isTTY;
  const child = spawn(command, args, { cwd, env, detached: true, stdio: watched ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  let reason;
  let lastOutput = Date.now();
  const startedAt = Date.now();
  const stop = (why) => {
    reason = why;
    process.stderr.write(`\n${name}: ${why}. What the machine was doing:\n${snapshot()}\n`);
    killGroup(child.pid, 'SIGTERM');
    setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000).unref();
  };
  if (watched) {
    child.stdout.on('data', (data) => { lastOutput = Date.now(); process.stdout.write(data); });
    child.stderr.on('data', (data) => { lastOutput = Date.now(); process.stderr.write(data); });
  }
  const watchdog = watched
    ? setInterval(() => {
      if (reason) return;
      if (Date.now() - startedAt > limitMs) stop(`still running after ${Math.round(limitMs / 1000)} s`);
      else if (Date.now() - lastOutput > quietMs) stop(`printed nothing for ${Math.round(quietMs / 1000)} s`);
    }, 5_000)
    : undefined;
  // Ctrl-C or a CI's SIGTERM reaches this script: take the group down with it.
  const forward = (sig) => () => killGroup(child.pid, sig);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    const finish = (status, signal) => {
      clearInterval(watchdog);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve({ status, signal, reason });
    };
    child.on('error', (error) => {
      reason = `could not start (${error.message})`;
      finish(null, null);
    });
    child.on('exit', (status, signal) => {
      // Whatever the phase left behind in its group (a platform, a driver) goes with it, and
      // a process that left the group but kept the pipes cannot hold this script either.
      killGroup(child.pid, 'SIGKILL');
      const late = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish(status, signal);
      }, 10_000);
      child.once('close', () => {
        clearTimeout(late);
        finish(status, signal);
      });
    });
  });
}
