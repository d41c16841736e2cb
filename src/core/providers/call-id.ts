// A short stable name for one planned call (case, version, sample, prompt). The runner keys its
// record by it, and providers send it as a header so a server or proxy log can tell a retry of a
// call from a new call; it is a hash, so it reveals nothing of the prompt or the case.
import { sha256Bytes } from '../hash';
import type { CallIdentity } from './types';

export const CALL_ID_HEADER = 'x-promptshift-call';

/** Each call's name by its identity object: the plan names a call and its provider sends the same name as a header (one hash, not two). */
const named = new WeakMap<CallIdentity, string>();

export function callId(call: CallIdentity): string {
  let id = named.get(call);
  if (id === undefined) {
    id = sha256Bytes(JSON.stringify([call.caseId, call.version, call.sample, call.promptSha256]))
      // 12 bytes as hex: the same 24 characters as the digest's hex cut to 24, as a string of its own
      // (a cut would keep all 64 characters alive beside it: ~70 bytes more per planned call, issue 17)
      .toString('hex', 0, 12);
    named.set(call, id);
  }
  return id;
}
