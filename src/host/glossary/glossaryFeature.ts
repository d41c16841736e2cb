// Alignment terms defined where prompts are written and read: hovers in prompt files, suites,
// markdown and plain text; the Define Alignment Term… command; the user's
// `.promptshift/glossary.yaml` (validated, errors in Problems, picked up without a reload); and
// optional underlines of known terms.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { Glossary, termToMarkdown, USER_GLOSSARY_PATH, DEFINE_TERM_COMMAND, type GlossaryDiagnostic, type GlossaryTerm } from '../../core/glossary';
import { argObject } from '../commands';
import { config } from '../config';
import { promptSelector } from '../promptFiles';

const GLOSSARY_SCHEME = 'promptshift-glossary';

export interface GlossaryCommands {
  defineTerm(arg?: unknown): Promise<{ termId: string } | undefined>;
  /** the glossary in force (built-ins plus the user's file) */
  current(): Glossary;
}

function toDiagnostic(d: GlossaryDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(d.line - 1, Math.max(0, d.column - 1), d.endLine - 1, Math.max(0, d.endColumn - 1));
  const diag = new vscode.Diagnostic(range, `${d.field ? `${d.field}: ` : ''}${d.message}`, d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
  diag.source = 'PromptShift glossary';
  return diag;
}

/** Markdown-aware matching (code spans and fences are skipped) where the text is markdown-like. */
function isMarkdownLike(doc: vscode.TextDocument): boolean {
  return ['markdown', 'prompt', 'promptshift-prompt'].includes(doc.languageId) || /\.(md|prompty)$/.test(doc.uri.path);
}

export function registerGlossary(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): GlossaryCommands {
  let glossary = Glossary.builtIn();
  const diagnostics = vscode.languages.createDiagnosticCollection('promptshift-glossary');
  const docs = new GlossaryDocuments(() => glossary);
  const folder = vscode.workspace.workspaceFolders?.[0];

  async function reload(): Promise<void> {
    if (!folder) return;
    try {
      const loaded = await Glossary.load(folder.uri.fsPath);
      glossary = loaded.glossary;
      diagnostics.clear();
      const byFile = new Map<string, vscode.Diagnostic[]>();
      for (const d of loaded.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), toDiagnostic(d)]);
      for (const [file, list] of byFile) diagnostics.set(vscode.Uri.file(file), list);
      underline.refresh();
    } catch (err) {
      log.error(`Could not read ${USER_GLOSSARY_PATH}: ${String(err)}`);
    }
  }

  const hover: vscode.HoverProvider = {
    provideHover(doc, position) {
      const text = doc.getText();
      const match = glossary.findTermAt(text, doc.offsetAt(position), { markdown: isMarkdownLike(doc) });
      if (!match) return undefined;
      const term = glossary.get(match.termId);
      if (!term) return undefined;
      const md = new vscode.MarkdownString(termToMarkdown(term, { glossary }));
      md.isTrusted = { enabledCommands: [DEFINE_TERM_COMMAND] };
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(match.start), doc.positionAt(match.end)));
    },
  };
  const selector: vscode.DocumentSelector = [
    ...(promptSelector() as vscode.DocumentFilter[]),
    { language: 'markdown' },
    { language: 'plaintext' },
    { scheme: 'file', pattern: '**/*.evals.{yaml,yml,json}' },
    { scheme: 'file', pattern: '**/promptfooconfig.{yaml,yml}' },
  ];
  const underline = new TermUnderlines(() => glossary, isMarkdownLike);

  context.subscriptions.push(
    diagnostics,
    underline,
    vscode.languages.registerHoverProvider(selector, hover),
    vscode.workspace.registerTextDocumentContentProvider(GLOSSARY_SCHEME, docs),
  );
  if (folder) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, USER_GLOSSARY_PATH));
    context.subscriptions.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    // Saving the file in the editor reloads at once, even where file watching is slow.
    context.subscriptions.push(vscode.workspace.onDidSaveTextDocument((d) => (d.uri.fsPath.endsWith(path.normalize(USER_GLOSSARY_PATH)) ? reload() : undefined)));
    void reload();
  }

  return {
    current: () => glossary,
    async defineTerm(arg) {
      // From a hover's command link the argument is the term id; from code, {term} or {id}.
      const args = argObject(arg);
      const asked = typeof arg === 'string' ? arg : typeof args['term'] === 'string' ? args['term'] : typeof args['id'] === 'string' ? args['id'] : undefined;
      let term: GlossaryTerm | undefined = asked ? glossary.lookup(asked) : undefined;
      if (asked && !term) throw new Error(`'${asked}' is not in the glossary.`);
      if (!term) {
        const picked = await vscode.window.showQuickPick(
          glossary.all().map((t) => ({ label: t.term, description: t.abbreviations.join(', '), detail: t.definition, id: t.id })),
          { placeHolder: 'Define which alignment term?', matchOnDetail: true, matchOnDescription: true },
        );
        if (!picked) return undefined;
        term = glossary.get(picked.id);
      }
      if (!term) return undefined;
      const uri = vscode.Uri.from({ scheme: GLOSSARY_SCHEME, path: `/${term.id}.md` });
      docs.changed(uri);
      if (args['show'] !== false) await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => vscode.window.showTextDocument(uri, { preview: true }));
      return { termId: term.id };
    },
  };
}

/** `promptshift-glossary:/<id>.md`: a term's definition as a markdown document, for the preview. */
class GlossaryDocuments implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  constructor(private readonly glossary: () => Glossary) {}
  changed(uri: vscode.Uri): void {
    this.emitter.fire(uri);
  }
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const g = this.glossary();
    const term = g.get(id);
    if (!term) return `# Unknown term\n\n'${id}' is not in the glossary.`;
    return `# ${term.term}\n\n${termToMarkdown(term, { glossary: g, title: false })}\n`;
  }
}

/** Optional subtle underlines of known terms in visible ranges (setting promptshift.glossary.underline). */
class TermUnderlines implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({ textDecoration: 'underline dotted', cursor: 'help' });
  private readonly disposables: vscode.Disposable[] = [];
  constructor(
    private readonly glossary: () => Glossary,
    private readonly markdownLike: (doc: vscode.TextDocument) => boolean,
  ) {
    this.disposables.push(
      this.decoration,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.apply(e.textEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => vscode.window.visibleTextEditors.filter((ed) => ed.document === e.document).forEach((ed) => this.apply(ed))),
      config.onDidChange(() => this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private apply(editor: vscode.TextEditor): void {
    if (!config.glossaryUnderline() || !['markdown', 'plaintext', 'prompt', 'promptshift-prompt', 'yaml'].includes(editor.document.languageId)) {
      editor.setDecorations(this.decoration, []);
      return;
    }
    const doc = editor.document;
    const text = doc.getText();
    const ranges = editor.visibleRanges.flatMap((r) =>
      this.glossary()
        .findAll(text, { markdown: this.markdownLike(doc), range: { start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) } })
        .map((m) => new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))),
    );
    editor.setDecorations(this.decoration, ranges);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
