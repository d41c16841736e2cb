// Preloaded into the CLI by large-run.bench.ts (node --import): samples the process's RSS and
// heap every 250 ms and at exit, one line each ("ms rssMB heapUsedMB"), into $PROMPTSHIFT_RSS_PROBE,
// so the bench can say in which phase of a run (plan, calls, report) the memory goes.
import { appendFileSync } from 'node:fs';

const file = process.env.PROMPTSHIFT_RSS_PROBE;
if (file) {
  const t0 = Date.now();
  const sample = () => {
    const m = process.memoryUsage();
    appendFileSync(file, `${Date.now() - t0} ${(m.rss / 1048576).toFixed(0)} ${(m.heapUsed / 1048576).toFixed(0)}\n`);
  };
  setInterval(sample, 250).unref();
  process.on('exit', sample);
}
