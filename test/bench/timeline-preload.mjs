// Preload for cli-process.bench.ts --timeline (node --import): where a process's wall time goes around its
// HTTP calls, against its own clock (performance.now(), 0 at the process's start): when the first
// request started, when the first and last answers were read (node:http's diagnostics channels, so
// the CLI's provider and the bare client's http mode; fetch publishes elsewhere), when it exited, and
// the longest pause of its event loop after the first request (a 1 ms interval timer that did not
// run: a compile, a batch of scoring). Written as one JSON line to the file named by
// PROMPTSHIFT_BENCH_TIMELINE when the process exits; nothing else changes.
import * as fs from 'node:fs';
import * as channels from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';

const file = process.env.PROMPTSHIFT_BENCH_TIMELINE;
if (file) {
  let firstRequest;
  let firstAnswer;
  let lastAnswer;
  let requests = 0;
  /** event-loop pauses over 5 ms, as [start, end] */
  const pauses = [];
  let lastTick = performance.now();
  channels.subscribe('http.client.request.start', () => {
    requests++;
    firstRequest ??= performance.now();
  });
  channels.subscribe('http.client.response.finish', () => {
    lastAnswer = performance.now();
    firstAnswer ??= lastAnswer;
  });
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - lastTick > 5 && pauses.length < 100000) pauses.push([lastTick, now]);
    lastTick = now;
  }, 1);
  ticker.unref();
  process.on('exit', () => {
    const round = (x) => (x === undefined ? null : Math.round(x));
    // the calls phase: pauses that began between the first request and the last answer
    const during = pauses.filter(([start]) => firstRequest !== undefined && start >= firstRequest && start < lastAnswer);
    const longestPause = during.reduce((m, [start, end]) => Math.max(m, end - start), 0);
    fs.appendFileSync(file, JSON.stringify({ firstRequest: round(firstRequest), firstAnswer: round(firstAnswer), lastAnswer: round(lastAnswer), exit: round(performance.now()), requests, longestPause: round(longestPause) }) + '\n');
  });
}
