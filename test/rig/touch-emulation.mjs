// A touch screen for the browser tests, where the browser can pretend to be one: Chromium, over
// the DevTools protocol (`Emulation.setTouchEmulationEnabled`: `(pointer: coarse)` matches, and
// the page is not reloaded, as puppeteer's setViewport({ hasTouch }) would). Firefox over
// WebDriver BiDi and WebKit's driver have no such command: the tests that need it skip, saying so.
//   executeServerCommand('emulate-touch', { enabled }) → true where it took effect, else false

/** Each page's DevTools session that holds the emulation: an override ends with its session. */
const sessions = new Map();

export function touchEmulationPlugin() {
  return {
    name: 'emulate-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-touch') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const held = sessions.get(session.id);
      if (!payload?.enabled) {
        sessions.delete(session.id);
        await held?.detach().catch(() => undefined);
        return true;
      }
      // Firefox's page, over BiDi, has no DevTools session to make.
      const cdp = held ?? (await session.browser.getPage(session.id).createCDPSession().catch(() => null));
      if (!cdp) return false;
      sessions.set(session.id, cdp);
      return cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 }).then(
        () => true,
        () => false,
      );
    },
  };
}
