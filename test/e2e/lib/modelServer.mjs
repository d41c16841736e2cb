// The fake model server of the unit tests (test/fakes/model-server.ts) as its own process for a
// browser check, on a free loopback port; `args` are its command-line options (--latency, --respond…).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectRoot } from './workbench.mjs';

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
