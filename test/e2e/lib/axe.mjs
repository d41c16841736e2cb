// axe-core inside the results webview. The webview's Content Security Policy admits no script from
// outside, so axe's source is evaluated in the frame through the DevTools protocol (Playwright's
// frame.evaluate), which the page's CSP does not govern; the extension's own HTML is not changed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

/** WCAG 2.1 A and AA, plus axe's best practices (reported, not all blocking). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe over the whole document of `frame` (a Playwright Frame) and returns its results. */
export async function runAxe(frame) {
  if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * What must not be there: serious or critical violations, and the items axe could not decide and
 * leaves for review ("incomplete") of that weight, aria-valid-attr-value's always included (an
 * `aria-selected=""` lands there, not among the violations). One line per element.
 */
export function blockingFindings(results) {
  const lines = [];
  for (const [kind, list] of [['violation', results.violations], ['review', results.incomplete]]) {
    for (const rule of list) {
      if (!BLOCKING.has(rule.impact) && rule.id !== 'aria-valid-attr-value') continue;
      for (const node of rule.nodes) lines.push(`${kind} ${rule.id} (${rule.impact}) at ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`);
    }
  }
  return lines;
}

/** The selectors of the elements a rule checked and found fine (e.g. every text colour pair for color-contrast). */
export function passedTargets(results, ruleId) {
  return (results.passes.find((r) => r.id === ruleId)?.nodes ?? []).map((n) => JSON.stringify(n.target));
}
