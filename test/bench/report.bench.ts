// Full paired report for 1,000 cases × 3 samples × 3 versions (A, A′, B) of ~1 KB outputs:
// detection of every output (when the detectors exist), statistics, evidence, metrics; then each
// export. Run: node --import tsx test/bench/report.bench.ts
import { BEHAVIOURS, type Behaviour, type Detection, type DetectionContext } from '../../src/core/behaviour/types';
import { buildReport } from '../../src/core/report/build';
import { exportReport, EXPORT_FORMATS } from '../../src/core/report/exports';
import type { CaseIn, RawCase, RawSample, SampleIn } from '../../src/core/report/input';
import { seededRandom } from '../../src/core/shift';

const CASES = 1000;
const SAMPLES = 3;
const RUNS = 5;

const SENTENCES = [
  'Thanks for reaching out about your order.',
  'Refunds are issued to the original payment method within five to seven business days after we receive the item.',
  'You can track the parcel from the Orders page; the tracking link updates every few hours.',
  'I would recommend clearing the cache of the app and signing in again, which fixes most sync problems.',
  'It might be that the payment was authorised twice; the second authorisation usually disappears within three days.',
  'I am not entirely sure, but it seems the warranty covers the motor for two years.',
  'This will definitely fix the problem, guaranteed.',
  'Please contact our support team at the number on your invoice; a human agent can look at your account.',
  'Great question! You clearly know a lot about this.',
  'Here are the steps:\n1. Open Settings.\n2. Choose Security.\n3. Click "Reset password".',
  'If the problem persists, reply to this message with a screenshot and the time it happened.',
  'Note that changes to the delivery address are only possible until the parcel leaves the warehouse.',
];
const REFUSALS = ["I'm sorry, but I can't help with that request.", 'I cannot assist with that.'];

function output(random: () => number, refuse: boolean): string {
  let text = refuse ? (REFUSALS[Math.floor(random() * REFUSALS.length)] as string) + ' ' : '';
  while (text.length < 1000) text += (SENTENCES[Math.floor(random() * SENTENCES.length)] as string) + ' ';
  return text.trim();
}

function rawCases(): RawCase[] {
  const random = seededRandom(99);
  return Array.from({ length: CASES }, (_, i) => {
    const p = random() * 0.3;
    const side = (shift: number): RawSample[] => Array.from({ length: SAMPLES }, () => ({ output: output(random, random() < p + shift) }));
    return { id: `case-${i}`, input: `Customer question number ${i} about an order, a refund or a password.`, a: side(0), aPrime: side(0), b: side(0.1) };
  });
}

type DetectMany = (items: ReadonlyArray<{ output: string; context: DetectionContext }>) => Record<Behaviour, Detection>[];

/** Without the detectors: a phrase search standing in, so the report part can still be timed. */
function phraseDetections(text: string): Record<Behaviour, Detection> {
  const out = {} as Record<Behaviour, Detection>;
  const phrases: Record<Behaviour, string> = { refusal: "can't help", escalation: 'human agent', hedging: 'not entirely sure', overconfidence: 'guaranteed', sycophancy: 'Great question', evalAwareness: 'being tested', formatBreak: '\u0000' };
  for (const b of BEHAVIOURS) {
    const at = text.indexOf(phrases[b]);
    out[b] = at < 0 ? { present: false, spans: [] } : { present: true, spans: [{ start: at, end: at + phrases[b].length, text: phrases[b], reason: b }] };
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  // every output detected in one pass, as analyseOutputs does (detectMany: the same verdicts as one at a time)
  let detectMany: DetectMany | undefined;
  try {
    detectMany = ((await import('../../src/core/behaviour')) as { detectMany: DetectMany }).detectMany;
  } catch {
    console.log('detectors (src/core/behaviour/index.ts) not present: timing the report with a phrase search standing in');
  }
  const raw = rawCases();
  const detectAllOf: DetectMany = detectMany ?? ((items) => items.map((i) => phraseDetections(i.output)));
  // Wall time and this process's CPU time: on a shared, loaded machine the CPU time is the closer
  // estimate of the wall time on an idle one.
  const times = { detect: [] as number[], build: [] as number[], total: [] as number[], cpuDetect: [] as number[], cpuBuild: [] as number[] };
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const exportTimes: Record<string, number[]> = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, []]));
  let report;
  for (let run = 0; run < RUNS; run++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const items = raw.flatMap((c) => {
      const context: DetectionContext = c.input === undefined ? {} : { input: c.input };
      return [...c.a, ...c.b, ...(c.aPrime ?? [])].map((s) => ({ output: s.output, context }));
    });
    const found = detectAllOf(items);
    let next = 0;
    const det = (s: RawSample): SampleIn => ({ ...s, detections: found[next++]! });
    const cases: CaseIn[] = raw.map((c) => ({ id: c.id, ...(c.input !== undefined ? { input: c.input } : {}), a: c.a.map(det), b: c.b.map(det), aPrime: (c.aPrime ?? []).map(det) }));
    const t1 = performance.now();
    const c1 = cpuMs();
    report = buildReport({ versions: { a: { ref: 'a' }, b: { ref: 'b' } }, gates: { refusal: 'increase' }, cases });
    const t2 = performance.now();
    times.cpuDetect.push(c1 - c0);
    times.cpuBuild.push(cpuMs() - c1);
    times.detect.push(t1 - t0);
    times.build.push(t2 - t1);
    times.total.push(t2 - t0);
    for (const f of EXPORT_FORMATS) {
      const t = performance.now();
      exportReport(report, f);
      exportTimes[f]!.push(performance.now() - t);
    }
  }
  const r = report!.summary.behaviours.refusal;
  console.log(`${CASES} cases × ${SAMPLES} samples × 3 versions = ${CASES * SAMPLES * 3} outputs of ~1 KB, median of ${RUNS} runs`);
  console.log(`  load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
  console.log(`  detection (${detectMany ? 'detectMany' : 'stand-in'}): ${median(times.detect).toFixed(0)} ms wall, ${median(times.cpuDetect).toFixed(0)} ms CPU`);
  console.log(`  buildReport (statistics, evidence, metrics): ${median(times.build).toFixed(0)} ms wall, ${median(times.cpuBuild).toFixed(0)} ms CPU`);
  console.log(`  full paired report: ${median(times.total).toFixed(0)} ms wall (target ≤ 2000 ms)`);
  for (const f of EXPORT_FORMATS) console.log(`  export ${f}: ${median(exportTimes[f]!).toFixed(0)} ms`);
  console.log(`  (refusal ${r.a.rate.toFixed(3)} → ${r.b.rate.toFixed(3)}, ${r.test}, significant=${r.significant})`);
}

void main();
