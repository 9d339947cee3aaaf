/**
 * axe-core with the WCAG 2.2 A and AA rules, run on an element and its shadow root. Returns
 * the violations in words a failing test can print, [] when there are none.
 */
import 'axe-core/axe.min.js';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One run at a time: axe refuses to start while another run is going. */
let running: Promise<unknown> = Promise.resolve();

export async function axeViolations(element: Element): Promise<string[]> {
  const run = running.then(() => window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] }));
  running = run.catch(() => undefined);
  const { violations } = await run;
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}
