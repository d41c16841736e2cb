// The report of a design run (#16): the cells' report (each suite case once per cell, with A, A′
// and B, so the results panel and exports show every output with its condition and model), its
// design analysis (core/report/design.ts), and, for one prompt under two models, the A/B fields of
// CONTRACTS §3 read as model X (A, A′) against model Y (B).
import type { CallRecord } from '../run';
import type { ShiftReport } from '../report';
import { analyseDesign, withDesign } from '../report/design';
import { cellCaseId, type DesignSpec } from './design';
import type { RunSpec, SpecCase } from './runSpec';
import type { RunReportOptions } from './runReport';

type Builder = (spec: RunSpec & { cases: SpecCase[] }, records: Iterable<CallRecord>, options: RunReportOptions) => ShiftReport;

export function buildDesignReport(spec: RunSpec & { cases: SpecCase[] }, design: DesignSpec, records: Iterable<CallRecord>, options: RunReportOptions, build: Builder): ShiftReport {
  const all = [...records];
  const { design: _design, ...plainSpec } = spec;
  const cells = build(plainSpec, all, options);
  const where = new Map<string, { base: string; condition: string | null; model: string }>();
  for (const base of design.baseCases) for (const cell of design.cells) where.set(cellCaseId(base, cell), { base, condition: cell.condition, model: cell.model });
  // the paraphraser's words for each case and condition (the first, when A's and B's inputs differed)
  const reworded = new Map<string, string>();
  for (const p of design.paraphrases ?? []) if (!reworded.has(`${p.case}\u0000${p.condition}`)) reworded.set(`${p.case}\u0000${p.condition}`, p.text);
  const by = design.paraphraser ? `${design.paraphraser.type} ${design.paraphraser.model}` : '';
  const labelled: ShiftReport = {
    ...cells,
    cases: cells.cases.map((c) => {
      const w = where.get(c.id);
      if (!w) return c;
      const text = w.condition !== null ? reworded.get(`${w.base}\u0000${w.condition}`) : undefined;
      return { ...c, baseId: w.base, ...(w.condition !== null ? { condition: w.condition } : {}), model: w.model, ...(text !== undefined ? { paraphrase: { by, text } } : {}) };
    }),
  };
  const section = analyseDesign(labelled, design, { provider: spec.provider.type, shas: { a: spec.a.sha256, b: spec.b.sha256 } });
  if (design.versions.length === 1 && design.models.length === 2 && design.cells.length === 2) {
    // one prompt, two models: §3's A/A′ are the first model's, B is the second model's A
    const [x, y] = design.cells as [DesignSpec['cells'][number], DesignSpec['cells'][number]];
    const back = new Map<string, { base: string; cell: string }>();
    for (const base of design.baseCases) for (const cell of [x, y]) back.set(cellCaseId(base, cell), { base, cell: cell.id });
    const remapped: CallRecord[] = [];
    for (const r of all) {
      const w = back.get(r.caseId);
      if (!w) continue;
      if (w.cell === x.id) remapped.push({ ...r, caseId: w.base });
      else if (r.version === 'a') remapped.push({ ...r, caseId: w.base, version: 'b' });
    }
    const baseCases = spec.cases.filter((c) => back.get(c.id)?.cell === x.id).map((c) => ({ ...c, id: back.get(c.id)!.base }));
    const modelReport = build({ ...plainSpec, cases: baseCases }, remapped, options);
    return withDesign({ ...modelReport, cases: modelReport.cases.map((c) => ({ ...c, model: `${x.model} → ${y.model}` })) }, section);
  }
  return withDesign(labelled, section);
}
