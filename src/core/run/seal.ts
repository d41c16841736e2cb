// Binds cache entries to the machine that wrote them. A cache lives in the workspace, where a pull
// request can plant entries (cache keys are hashes of the request, so anyone can compute them);
// an entry is trusted only if it carries an HMAC made with a secret that never enters a workspace:
// a random 32-byte key in the user's state folder (core/files userStateDir), created on first use.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NO_FOLLOW } from '../files';

export const SECRET_FILE = 'cache-secret';

export class CacheSeal {
  private constructor(private readonly secret: Buffer) {}

  /** The seal of this user on this machine, from `<stateDir>/cache-secret` (made if missing). */
  static forUser(stateDir: string): CacheSeal {
    return new CacheSeal(loadOrCreateSecret(stateDir));
  }

  /** HMAC of an entry's payload under its key (the file name), so an entry cannot be moved either. */
  sign(key: string, payload: string): string {
    return createHmac('sha256', this.secret).update(key).update('\u0000').update(payload).digest('hex');
  }

  verify(key: string, payload: string, seal: unknown): boolean {
    if (typeof seal !== 'string' || !/^[0-9a-f]{64}$/.test(seal)) return false;
    return timingSafeEqual(Buffer.from(this.sign(key, payload), 'hex'), Buffer.from(seal, 'hex'));
  }
}

function loadOrCreateSecret(stateDir: string): Buffer {
  const file = path.join(stateDir, SECRET_FILE);
  fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  try {
    // exclusive create, readable by this user only; a concurrent first run reads the winner's
    fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW);
  let text: string;
  try {
    text = fs.readFileSync(fd, 'utf8').trim();
  } finally {
    fs.closeSync(fd);
  }
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file}: not a cache secret (64 hex digits); delete it and PromptShift makes a new one`);
  return Buffer.from(text, 'hex');
}
