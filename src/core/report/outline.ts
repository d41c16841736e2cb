// A report's outline: everything but the outputs and their evidence spans. It is what the results
// panel needs to draw its header, scorecard and case list, at a fraction of the size.
import type { CaseReport, ShiftReport } from './schema';

type Side = CaseReport['a'];

function outlineSide(side: Side): Side {
  return { samples: side.samples.map(({ output: _output, evidence: _evidence, ...rest }) => ({ ...rest, output: '' })) };
}

export function outlineOf(report: ShiftReport): ShiftReport {
  return {
    ...report,
    cases: report.cases.map((c) => ({ ...c, a: outlineSide(c.a), b: outlineSide(c.b), ...(c.aPrime ? { aPrime: outlineSide(c.aPrime) } : {}) })),
  };
}
