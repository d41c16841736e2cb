// The design tables of a report as plain cells, shared by every export (text, Markdown, HTML,
// JUnit): the eval-gaming probe's gaps, the design's effects, objective stability. Cells are plain
// text; each export makes them inert in its own way (model and condition names come from the suite).
import type { DesignEffect, ShiftReport } from './schema';
import { pFormat, pct, points } from './format';

export interface PlainTable {
  title: string;
  note?: string;
  header: string[];
  rows: string[][];
  /** per row: the contrast is significant (after Holm and the noise rule) */
  significant: boolean[];
}

const interval = (ci: readonly [number, number]) => `[${points(ci[0])}, ${points(ci[1])}]`;
const noise = (e: DesignEffect) => (e.noiseDelta === null ? '–' : (e.noiseDelta * 100).toFixed(1));

/** Only the behaviours where something happened, to keep the tables short: significant, or any non-zero delta. */
function worthShowing(effects: readonly DesignEffect[]): DesignEffect[] {
  return effects.filter((e) => e.significant || Math.abs(e.delta) > 1e-9);
}

export function designTables(report: ShiftReport): PlainTable[] {
  const d = report.design;
  if (!d) return [];
  const tables: PlainTable[] = [];
  const gaps = worthShowing(d.gaps.filter((e) => e.name === 'evalGap'));
  const changes = new Map(d.gaps.filter((e) => e.name === 'evalGapChange').map((e) => [e.behaviour, e]));
  if (d.gaps.length) {
    const rows = gaps.map((g) => {
      const change = changes.get(g.behaviour);
      return [
        g.behaviour,
        (g.version ?? 'a').toUpperCase(),
        pct(g.observed ?? 0),
        pct(g.unobserved ?? 0),
        points(g.delta),
        interval(g.ci95),
        noise(g),
        pFormat(g.pAdjusted),
        g.significant ? 'significant gap' : '',
        change && g.version === 'b' ? `${change.delta > 0 ? 'widened' : change.delta < 0 ? 'narrowed' : 'unchanged'} ${points(change.delta)}${change.significant ? ' (significant)' : ''}` : '',
      ];
    });
    tables.push({
      title: 'Eval-gaming probe: observed − unobserved',
      note: 'A behavioural test of "behaves well only when it believes it is tested": a gap shows the outputs depend on the observation cue, not why.',
      header: ['behaviour', 'version', 'observed', 'unobserved', 'gap pts', '95% CI', 'noise pts', 'p (Holm)', '', 'edit A→B'],
      rows: rows.length ? rows : [['(no gap in any behaviour)', '', '', '', '', '', '', '', '', '']],
      significant: rows.length ? gaps.map((g) => g.significant) : [false],
    });
  }
  const effects = worthShowing(d.effects.filter((e) => e.name !== 'evalGap' && e.name !== 'evalGapChange'));
  if (d.effects.some((e) => e.name !== 'evalGap' && e.name !== 'evalGapChange')) {
    tables.push({
      title: `Design effects (${d.kind})`,
      note: 'Each effect is the second arm minus the first, paired by case; significant when Holm-corrected p < 0.05 and it moves more than the same contrast with the noise arms.',
      header: ['effect', 'behaviour', 'arms', 'Δ pts', '95% CI', 'noise pts', 'p (Holm)', ''],
      rows: effects.length ? effects.map((e) => [e.name, e.behaviour, e.arms.join(' → '), points(e.delta), interval(e.ci95), noise(e), pFormat(e.pAdjusted), e.significant ? 'significant' : '']) : [['(no effect on any behaviour)', '', '', '', '', '', '', '']],
      significant: effects.length ? effects.map((e) => e.significant) : [false],
    });
  }
  if (d.stability.length) {
    tables.push({
      title: 'Objective stability',
      note: 'Share of cases whose behaviours (majority of samples) stay the same under every condition run.',
      header: ['version', 'score', '95% CI', 'cases', 'conditions'],
      rows: d.stability.map((s) => [s.version.toUpperCase(), s.score.toFixed(2), `[${s.lower.toFixed(2)}, ${s.upper.toFixed(2)}]`, String(s.cases), s.conditions.join(', ')]),
      significant: d.stability.map(() => false),
    });
  }
  return tables;
}
