// The benchmarks' browser: headless Chromium over the DevTools protocol (puppeteer-core), with
// the loopback server (bench-server.mjs) serving the builds it loads.
import puppeteer from 'puppeteer-core';
import { startBenchServer } from './bench-server.mjs';

export const FLAGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Runs `run(browser, server)` with a server for `builds` ({ name: dist folder }) and a browser of
 * its own, and closes both after, whatever happens.
 */
export async function withBrowser(chromium, builds, run) {
  const server = await startBenchServer(builds);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: FLAGS });
  try {
    return await run(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}
