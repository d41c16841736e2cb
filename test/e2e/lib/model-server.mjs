// The fake model server of the unit tests (test/fakes/model-server.ts) as its own process, for
// browser checks whose runs call a model or a judge over real HTTP on 127.0.0.1.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectRoot } from './workbench.mjs';

/** Starts it with these standalone flags (e.g. ['--latency', '400'] or ['--respond', 'judge']); stop() ends its process group. */
export async function startModelServer(args = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fakes/model-server.ts', '--port', '0', ...args], { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the model server exited (${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^listening (\S+)/.exec(line);
      if (m) resolve(m[1]);
    });
  });
  return { url, stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } } };
}
