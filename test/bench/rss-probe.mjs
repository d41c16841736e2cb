// Preloaded into the CLI by large-run.bench.ts (node --import): samples the process's RSS and
// heap every 250 ms and at exit, one line each ("ms rssMB heapUsedMB heapTotalMB externalMB arrayBuffersMB callsDone"), into $PROMPTSHIFT_RSS_PROBE,
// so the bench can say in which phase of a run (plan, calls, report) the memory goes.
// With PROMPTSHIFT_RSS_PROBE_GC=1 (and node --expose-gc) each sample, once a second, comes after a
// full collection: the heap then holds only what the run keeps alive, not garbage the collector
// has not reached yet (which is most of the RSS peak of a large run).
// PROMPTSHIFT_RSS_PROBE_MS=20: also the RSS alone every 20 ms from a worker thread (see below).
import { appendFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const file = process.env.PROMPTSHIFT_RSS_PROBE;
if (file) {
  const collect = process.env.PROMPTSHIFT_RSS_PROBE_GC === '1' && typeof globalThis.gc === 'function';
  const t0 = Date.now();
  const sample = () => {
    if (collect) globalThis.gc();
    const m = process.memoryUsage();
    const mb = (n) => (n / 1048576).toFixed(0);
    appendFileSync(file, `${Date.now() - t0} ${mb(m.rss)} ${mb(m.heapUsed)} ${mb(m.heapTotal)} ${mb(m.external)} ${mb(m.arrayBuffers)} ${callsDone}\n`);
  };
  // the calls done so far, from the CLI's own progress lines on stderr ("N/M calls"): the samples
  // can then be read against the calls made, not only the time
  let callsDone = 0;
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => {
    const m = typeof chunk === 'string' ? / (\d+)\/\d+ calls/.exec(chunk) : null;
    if (m) callsDone = Number(m[1]);
    return write(chunk, ...rest);
  };
  setInterval(sample, collect ? 1000 : 250).unref();
  // The main thread cannot sample while it runs synchronous work (loading the suite, writing the
  // report: seconds at 100,000 calls), so a worker samples the process's RSS every N ms into
  // FILE.rss ("ms rssMB"), through those stretches too (the worker adds a few MB of its own).
  const every = Number(process.env.PROMPTSHIFT_RSS_PROBE_MS);
  if (every > 0) {
    const source = `const { appendFileSync } = require('node:fs'); const { workerData: d } = require('node:worker_threads');
      setInterval(() => appendFileSync(d.file, (Date.now() - d.t0) + ' ' + (process.memoryUsage.rss() / 1048576).toFixed(0) + '\\n'), d.every);`;
    new Worker(source, { eval: true, workerData: { file: `${file}.rss`, t0, every } }).unref();
  }
  process.on('exit', sample);
}
