// Each explained hunk annotated where the prompt is read: in the prompt diff editor (both sides are
// promptshift-version documents) and in the prompt file itself, at the hunk's last line, e.g.
// "escalation −78.1 pts (p < 0.001) · explains 95% of the shift". A document is matched to an
// explained run by its content's sha256: the side equal to the run's A shows the hunks' A lines,
// the side equal to B their B lines; once the file is edited away from both, nothing is shown.
// Decorations, not CodeLens: the diff editor hides CodeLens unless diffEditor.codeLens is set.
import * as vscode from 'vscode';
import { readRunSpec } from '../../core/eval/pairedEval';
import { sha256 } from '../../core/hash';
import { Attribution } from '../../core/report/schema';
import { effectLine, hunkEffects, intervalText } from '../../core/report/attribution';
import type { RunStore } from '../../core/run';
import { VERSION_SCHEME } from '../history/versionDocuments';

interface Explained {
  runId: string;
  aSha: string;
  bSha: string;
  attribution: Attribution;
}

/** How many of the newest runs are searched for explanations. */
const RUNS_SEARCHED = 30;

/** The newest attribution of each of the newest runs, by the sha256 of the versions they compared. */
export class AttributionIndex {
  private entries: Explained[] | undefined;

  constructor(private readonly runStore: () => RunStore | undefined) {}

  invalidate(): void {
    this.entries = undefined;
  }

  /** The explanations of runs one of whose versions has this content, newest run first. */
  forContent(sha: string): Array<Explained & { side: 'a' | 'b' }> {
    return this.load().flatMap((e): Array<Explained & { side: 'a' | 'b' }> => (e.bSha === sha ? [{ ...e, side: 'b' }] : e.aSha === sha ? [{ ...e, side: 'a' }] : []));
  }

  private load(): Explained[] {
    if (this.entries) return this.entries;
    const store = this.runStore();
    const out: Explained[] = [];
    for (const runId of store?.ids().slice(0, RUNS_SEARCHED) ?? []) {
      const folder = store!.folder(runId);
      const newest = folder.explainIds().find((id) => folder.explainFolder(id).readAttributionText() !== undefined);
      if (!newest) continue;
      try {
        const parsed = Attribution.safeParse(JSON.parse(folder.explainFolder(newest).readAttributionText()!));
        const spec = readRunSpec(folder);
        if (parsed.success && spec) out.push({ runId, aSha: spec.a.sha256, bSha: spec.b.sha256, attribution: parsed.data });
      } catch {
        // an unreadable attribution.json: that run shows no annotations
      }
    }
    return (this.entries = out);
  }
}

export class HunkDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 3em', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' },
  });
  private readonly subscriptions: vscode.Disposable[] = [this.type];

  constructor(private readonly index: AttributionIndex) {
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) this.refresh();
      }),
    );
    this.refresh();
  }

  /** After a new explanation: read them again and redraw. */
  update(): void {
    this.index.invalidate();
    this.refresh();
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const { scheme } = editor.document.uri;
      if (scheme !== 'file' && scheme !== VERSION_SCHEME && scheme !== 'untitled') continue;
      editor.setDecorations(this.type, this.decorationsFor(editor.document));
    }
  }

  private decorationsFor(doc: vscode.TextDocument): vscode.DecorationOptions[] {
    const matches = this.index.forContent(sha256(doc.getText()));
    const match = matches[0];
    if (!match) return [];
    const { attribution, side } = match;
    const out: vscode.DecorationOptions[] = [];
    for (const hunk of attribution.hunks) {
      const lines = side === 'a' ? hunk.a : hunk.b;
      if (!lines) continue;
      const parts: string[] = [];
      const hover = new vscode.MarkdownString(`**PromptShift: hunk ${hunk.n}** (${hunk.id}) of run ${match.runId}\n\n`);
      for (const [behaviour, b] of Object.entries(attribution.behaviours)) {
        const e = b && hunkEffects(b).find((x) => x.hunk === hunk.id);
        if (!e) continue;
        parts.push(effectLine(behaviour, e));
        hover.appendText(`${behaviour}: ${effectLine(behaviour, e)}; 95% interval ${intervalText(e.ci95)} pts; from A ${(e.fromA.effect * 100).toFixed(1)}, from B ${(e.fromB.effect * 100).toFixed(1)}${e.significant ? '; significant' : ''}\n\n`);
      }
      if (!parts.length) continue;
      const end = doc.lineAt(Math.max(0, Math.min(lines[1], doc.lineCount) - 1)).range.end;
      out.push({
        range: new vscode.Range(end, end),
        hoverMessage: hover,
        renderOptions: { after: { contentText: `PromptShift hunk ${hunk.n}: ${parts.join(' | ')}` } },
      });
    }
    return out;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
