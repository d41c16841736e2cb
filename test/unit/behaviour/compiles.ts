// Whether a regex source is one the engine accepts: generated sources it rejects are skipped by property tests.
export function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
