// The variables of VS Code prompt files (`.prompt.md`, `.instructions.md`, `.chatmode.md`,
// `.agent.md`), as VS Code's chat reads them: `${input:name}` and `${input:name:placeholder}` (VS
// Code asks the user; in an eval the case's vars give the value), and the editor's context
// variables `${selection}`, `${selectedText}`, `${file}`, `${fileBasename}`, `${fileDirname}`,
// `${fileBasenameNoExtension}`, `${workspaceFolder}`, `${workspaceFolderBasename}` (from vars of
// the same name). Anything else — `{{ … }}`, `${{ github.event.number }}`, `${HOME}` — is text that
// VS Code sends as written.

export const VSCODE_CONTEXT_VARIABLES = [
  'selection',
  'selectedText',
  'file',
  'fileBasename',
  'fileDirname',
  'fileBasenameNoExtension',
  'workspaceFolder',
  'workspaceFolderBasename',
] as const;

// `${input:name}`, `${input:name:placeholder text}`, or `${selection}` and the others above.
const VARIABLE = new RegExp(`\\$\\{(?:input:([A-Za-z_][\\w-]*)(?::([^}]*))?|(${VSCODE_CONTEXT_VARIABLES.join('|')}))\\}`, 'g');

export interface VscodeVariableUse {
  name: string;
  /** `${input:name:placeholder}`: the hint VS Code shows; not a default */
  placeholder?: string;
  /** offset in the text and the exact text written */
  offset: number;
  written: string;
}

export function vscodeVariableUses(text: string): VscodeVariableUse[] {
  return [...text.matchAll(VARIABLE)].map((m) => ({
    name: m[1] ?? m[3]!,
    ...(m[2] !== undefined && { placeholder: m[2] }),
    offset: m.index,
    written: m[0],
  }));
}

/** Replaces each variable with `valueOf(use)`; other text is untouched. */
export function substituteVscodeVariables(text: string, valueOf: (use: VscodeVariableUse) => string): string {
  return text.replace(VARIABLE, (written: string, input: string | undefined, placeholder: string | undefined, context: string | undefined, offset: number) =>
    valueOf({ name: input ?? context!, ...(placeholder !== undefined && { placeholder }), offset, written }),
  );
}
