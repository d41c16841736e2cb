// Every subcommand's help, in one table: `promptshift --help` (the whole list), `promptshift CMD
// --help` (one command, exit 0) and the bash/zsh completion scripts are all made from it, so a new
// option shows up in all three at once.

export interface CommandHelp {
  name: string;
  /** arguments after the command name */
  args: string;
  summary: string;
  /** [flag (with its value), what it does] */
  options: [string, string][];
  /** the kind of file each positional argument is, for completion */
  completes?: 'file' | 'none';
}

const OUT: [string, string] = ['--out FILE', 'also write the result to FILE (atomically)'];
const JSON_OUT: [string, string] = ['--json', 'print JSON instead of text'];

export const COMMANDS: CommandHelp[] = [
  {
    name: 'eval',
    args: '<suite>',
    summary: 'run a paired eval (A, A′ and B) of a suite or promptfoo config against its model',
    options: [
      ['--a REF', 'version A (default: the newest snapshot that differs from the working copy, else git:HEAD)'],
      ['--b REF', 'version B (default: working)'],
      ['--provider TYPE:MODEL', "call this model instead of the suite's (e.g. openai:gpt-4o-mini, google:gemini-2.5-flash, bedrock:MODEL-ID)"],
      ['--samples N', 'outputs per case per version'],
      ['--concurrency N', 'model calls in flight at once'],
      ['--seed N', 'seed for the run (sampling order, provider seed where supported)'],
      ['--cache', 'use the response cache even when CI is set (off there by default)'],
      ['--no-cache', 'do not reuse cached model answers'],
      ['--no-baseline', "skip A′ (A run again to measure the model's own noise)"],
      ['--no-judge', "skip the suite's judge model"],
      ['--resume RUN-ID', 'finish a cancelled or failed run (no suite needed; refused when the suite, versions, provider or cases changed)'],
      ['--allow-host HOST', 'a server (HOST[:PORT], or http://HOST[:PORT]) that may receive your key besides the provider\'s own; repeatable; also PROMPTSHIFT_ALLOW_HOSTS'],
      JSON_OUT,
      OUT,
    ],
  },
  { name: 'compare', args: '<a.jsonl> <b.jsonl>', summary: 'shift analysis of two sets of recorded outputs, no model involved', options: [JSON_OUT, OUT] },
  { name: 'history', args: '<prompt-file>', summary: "list a prompt file's versions (snapshots and git commits)", options: [JSON_OUT] },
  {
    name: 'snapshot',
    args: '<prompt-file>',
    summary: 'record the current content of a prompt file as a version',
    options: [
      ['--label L', 'name the version (use it as @L)'],
      ['--message M', 'a note kept with the version'],
      ['--from OLD-PATH', 'the file was renamed from OLD-PATH: its history follows'],
    ],
  },
  {
    name: 'report',
    args: '<run-id or run file>',
    summary: 'export a finished run',
    options: [['--format md|html|junit|json', 'the export format (default json)'], OUT],
  },
  {
    name: 'check',
    args: '<suite, promptfoo config or prompt file>',
    summary: 'validate and render every case without calling a model (any provider)',
    options: [JSON_OUT],
  },
  {
    name: 'rescore',
    args: '<run-id>',
    summary: "re-apply the current detectors to a run's recorded outputs and rebuild its report (no model call)",
    options: [['--all', 'rescore every output, not only those scored by an older detector version'], JSON_OUT],
  },
  {
    name: 'labels',
    args: '',
    summary: "your own labels of outputs (.promptshift/labels.jsonl, marked in the results panel) against the detectors: precision and recall per behaviour",
    options: [JSON_OUT],
    completes: 'none',
  },
  { name: 'completion', args: 'bash|zsh', summary: 'print a shell completion script (source it from your shell profile)', options: [], completes: 'none' },
];

const width = (rows: [string, string][]) => Math.max(0, ...rows.map(([f]) => f.length));

function optionLines(options: [string, string][]): string[] {
  const w = width(options);
  return options.map(([flag, what]) => `  ${flag.padEnd(w)}  ${what}`);
}

export function commandHelp(name: string): string | undefined {
  const c = COMMANDS.find((x) => x.name === name);
  if (!c) return undefined;
  const flags = c.options.map(([f]) => `[${f}]`).join(' ');
  const lines = [`usage: promptshift ${c.name}${c.args ? ` ${c.args}` : ''}${flags ? ` ${flags}` : ''}`, '', c.summary];
  if (c.options.length) lines.push('', 'Options:', ...optionLines([...c.options, ['-h, --help', 'show this help']]));
  if (c.name === 'eval' || c.name === 'history' || c.name === 'snapshot') lines.push('', REF_HELP);
  if (c.name === 'eval') lines.push(KEYS_HELP);
  lines.push('', EXIT_HELP);
  return lines.join('\n') + '\n';
}

const REF_HELP = 'REF: working | snapshot:<sha prefix> | @<label> | git:<rev>';
const KEYS_HELP = "Keys go only to a provider's own server or a host allowed here: --allow-host HOST[:PORT] or\nPROMPTSHIFT_ALLOW_HOSTS=h1,h2; another key variable only with PROMPTSHIFT_ALLOW_KEY_ENVS=VAR.";
const EXIT_HELP = 'Exit codes: 0 done, 1 a gate failed, 2 bad usage or input, 3 the run could not finish.';

export function topLevelHelp(): string {
  const lines = ['promptshift — paired prompt evals and behaviour-shift analysis', '', 'Usage:'];
  for (const c of COMMANDS) lines.push(`  promptshift ${c.name}${c.args ? ` ${c.args}` : ''}${c.options.length ? ` ${c.options.map(([f]) => `[${f}]`).join(' ')}` : ''}`);
  lines.push('', "Run 'promptshift COMMAND --help' for what each option does.", REF_HELP, KEYS_HELP, EXIT_HELP);
  return lines.join('\n');
}
