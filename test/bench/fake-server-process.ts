// The fake model server (test/fakes/model-server.ts) as a process of its own, for benchmarks that
// must not share their CPU's event loop with it: start it, count its requests, reset its counts.
import { spawn, type ChildProcess } from 'node:child_process';

export function startServer(latencyMs: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fakes/model-server.ts', '--port', '0', '--latency', String(latencyMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening (\S+)/.exec(d.toString());
      if (m) resolvePromise({ url: m[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`fake server exited (${code})`)));
  });
}

export async function serverRequests(url: string): Promise<number> {
  return ((await (await fetch(`${url}/__stats`)).json()) as { requests: number }).requests;
}

export async function resetServer(url: string): Promise<void> {
  await fetch(`${url}/__reset`, { method: 'POST' });
}
