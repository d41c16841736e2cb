// A run's plan in words: the CLI's `plan` output and the line VS Code shows before a run.
import { BEHAVIOURS } from '../behaviour/types';
import type { RunPlan } from './planRun';
import { ASSUMED_LATENCY_MS, ASSUMED_OUTPUT_TOKENS } from './planRun';
import { BATCH_DISCOUNT, BATCH_DISCOUNT_AS_OF } from '../providers/prices';

/**
 * A whole number with thousands commas, as `toLocaleString('en-US')` writes it, without it: the
 * first Intl call loads ICU's locale data, ≈ 30 ms of CPU at the start of every `eval` (issue 18).
 */
export function formatCount(x: number): string {
  const digits = String(Math.abs(Math.round(x)));
  const grouped = digits.replace(/\B(?=(?:\d{3})+$)/g, ',');
  return x <= -0.5 ? `-${grouped}` : grouped;
}
const n = formatCount;

export function formatUsd(usd: number): string {
  return usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 90) return `${Math.max(1, s)} s`;
  const m = Math.round(s / 60);
  return m < 90 ? `${m} min` : `${(m / 60).toFixed(1)} h`;
}

/** Points (percentage points) of a rate shift; '> 100' when none is detectable. */
function points(shift: number): string {
  return shift > 1 ? 'none detectable' : `${Math.ceil(shift * 100)} pts`;
}

/** One line: calls, tokens, cost, time and the smallest detectable shift. */
export function planHeadline(plan: RunPlan): string {
  const smallest = Math.min(...BEHAVIOURS.map((b) => plan.behaviours[b].detectableShift));
  const cost = plan.costUsd !== undefined ? ` · ≈ ${formatUsd(plan.costUsd)}${plan.batch ? ' at the batch price' : ''}` : ' · cost unknown';
  const time = plan.batch ? 'provider batches (results within 24 h)' : `~${formatDuration(plan.wallMs)}`;
  return `${n(plan.calls)} calls · ~${n(plan.inputTokens + plan.outputTokens)} tokens${cost} · ${time} · detects shifts ≥ ${points(smallest)}`;
}

export function formatPlan(plan: RunPlan, suiteName = plan.suite): string {
  const lines: string[] = [];
  const arms = plan.baseline ? 'A, A′, B' : 'A, B';
  lines.push(`Plan for ${suiteName}: A = ${plan.a.ref} → B = ${plan.b.ref} on ${plan.provider.type}${plan.provider.model ? ` ${plan.provider.model}` : ''}`);
  const d = plan.design;
  if (d) {
    const cellArms = d.arms === 2 && plan.baseline ? 'A, A′' : d.arms === 3 ? 'A, A′, B' : d.arms === 2 ? 'A, B' : 'A';
    lines.push(`  calls:  ${d.baseCases} cases × ${d.cells} cells (${d.kind}) × ${plan.samples} samples × ${cellArms} = ${n(plan.calls)} calls, ${plan.concurrency} at a time`);
    if (d.paraphrase) lines.push(`          and up to ${n(d.paraphrase.calls)} paraphrase calls to ${d.paraphrase.provider} ${d.paraphrase.model} first (once per case and condition; cached ones are free)`);
    if (d.models.length > 1) lines.push(`          ${d.models.map((m) => `${m.provider} ${m.model}: ${n(m.calls)} calls${m.costUsd !== undefined ? `, ≈ ${formatUsd(m.costUsd)}` : ', cost unknown'}`).join(' · ')}`);
  } else lines.push(`  calls:  ${plan.cases} cases × ${plan.samples} samples × ${arms} = ${n(plan.calls)} calls, ${plan.concurrency} at a time`);
  const outBasis = plan.basis.outputTokens === 'assumed' ? `assumed ${ASSUMED_OUTPUT_TOKENS} per call` : plan.basis.outputTokens === 'maxTokens' ? 'at most maxTokens per call' : 'as in earlier runs';
  lines.push(`  tokens: ~${n(plan.inputTokens)} in (${plan.basis.inputTokens}, 4 characters a token), ~${n(plan.outputTokens)} out (${outBasis})`);
  if (d && d.models.length > 1) {
    const unpriced = d.models.filter((m) => m.costUsd === undefined).map((m) => m.model);
    lines.push(plan.costUsd !== undefined ? `  cost:   ≈ ${formatUsd(plan.costUsd)} (each model at its own price, above)` : `  cost:   unknown: no price for ${unpriced.join(', ')} (add one under prices: in the suite)`);
  } else if (plan.provider.type === 'replay') {
    lines.push('  cost:   $0 (replay: answers come from the recording)');
  } else if (plan.costUsd !== undefined && plan.price) {
    const source = plan.price.from === 'yours' ? 'your price' : `shipped list price of ${plan.price.asOf}`;
    const batch = plan.batch ? `, batch price: ${plan.price.batchInput !== undefined || plan.price.batchOutput !== undefined ? 'yours' : `${BATCH_DISCOUNT * 100} % of it (as of ${BATCH_DISCOUNT_AS_OF})`}` : '';
    lines.push(`  cost:   ≈ ${formatUsd(plan.costUsd)} (${plan.price.model}: $${plan.price.input} in / $${plan.price.output} out per million tokens, ${source}${batch})`);
  } else {
    lines.push(`  cost:   unknown: no price for ${plan.provider.model ?? plan.provider.type} (add one under prices: in the suite)`);
  }
  if (plan.batch) lines.push('  time:   provider batches: most end within an hour, every one within 24 h (resume with eval --resume if you leave)');
  else lines.push(`  time:   ~${formatDuration(plan.wallMs)} (${plan.basis.latency === 'assumed' ? `assumed ${ASSUMED_LATENCY_MS / 1000} s a call` : 'latency of earlier runs'})`);
  const noise = plan.earlierRuns.length ? `noise of A vs A′ in ${plan.earlierRuns.length} earlier run${plan.earlierRuns.length > 1 ? 's' : ''}` : 'no earlier run: worst-case noise assumed';
  lines.push(`  detectable shift at 80 % power (α 0.05, Holm over ${BEHAVIOURS.length} behaviours; ${noise}; at least ${plan.minimumCases} cases must move the same way):`);
  for (const b of BEHAVIOURS) {
    const bp = plan.behaviours[b];
    lines.push(`    ${b.padEnd(16)} ≥ ${points(bp.detectableShift)}${bp.noise.from === 'runs' ? '' : ' (assumed noise)'}`);
  }
  if (plan.detect !== undefined) {
    lines.push(`  to detect a ${Math.round(plan.detect * 100)}-point shift (cases needed, by samples per case):`);
    for (const b of BEHAVIOURS) {
      const needed = plan.behaviours[b].casesNeeded ?? [];
      lines.push(`    ${b.padEnd(16)} ${needed.map((x) => `${x.samples}: ${n(x.cases)}`).join(' · ')}`);
    }
  }
  if (plan.budget) {
    const caps = [plan.budget.usd !== undefined ? `$${plan.budget.usd}` : '', plan.budget.calls !== undefined ? `${plan.budget.calls} calls` : ''].filter(Boolean).join(', ');
    lines.push(`  budget: ${caps}: ${plan.budget.exceeded ? `EXCEEDED: ${plan.budget.exceeded}` : 'within'}`);
  }
  return lines.join('\n') + '\n';
}
