// A short stable name for one planned call (case, version, sample, prompt). The runner keys its
// record by it, and providers send it as a header so a server or proxy log can tell a retry of a
// call from a new call; it is a hash, so it reveals nothing of the prompt or the case.
import { sha256Bytes } from '../hash';
import type { CallIdentity } from './types';

export const CALL_ID_HEADER = 'x-promptshift-call';

export function callId(call: CallIdentity): string {
  return sha256Bytes(JSON.stringify([call.caseId, call.version, call.sample, call.promptSha256]))
    // 12 bytes as hex: the same 24 characters as the digest's hex cut to 24, as a string of its own
    // (a cut would keep all 64 characters alive beside it: ~70 bytes more per planned call, issue 17)
    .toString('hex', 0, 12);
}
