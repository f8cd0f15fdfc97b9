// axe-core in the page: serious or critical violations fail, minor and moderate ones are logged.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

/** The impacts that fail a test. */
export const BLOCKING = new Set(['serious', 'critical']);

/** Violations as readable lines: impact, rule, help, and up to four selectors with the reason. */
export function describeViolations(violations) {
  return violations
    .map((v) => {
      const targets = v.nodes
        .slice(0, 4)
        .map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.split('\n').slice(1, 2).join(' ').trim()}` : ''}`)
        .join('\n');
      const more = v.nodes.length > 4 ? `\n      … and ${v.nodes.length - 4} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${targets}${more}`;
    })
    .join('\n');
}

/** Runs axe on the page as it is; fails on serious or critical violations, logs the rest. */
export async function assertNoBlockingViolations(page, label = new URL(page.url()).pathname) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact));
  if (minor.length > 0) {
    console.log(`axe on ${label}: ${minor.length} minor/moderate finding(s)\n${describeViolations(minor)}`);
  }
  assert.equal(
    blocking.length,
    0,
    `axe found ${blocking.length} serious/critical violation(s) on ${label}:\n${describeViolations(blocking)}`,
  );
}
