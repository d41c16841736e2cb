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
      ['--budget USD', "refuse to start (exit 2) when the plan's cost is above USD (or unknown); also the suite's budget:"],
      ['--budget-calls N', 'refuse to start (exit 2) when the run needs more than N calls'],
      ['--stop-early', 'stop as soon as every gated behaviour is decided (anytime-valid sequential test); also the suite\'s stopEarly:'],
      ['--batch', "send the calls through the provider's batch API (openai, anthropic): about half the price, results within 24 h; the batch ids are kept in the run, so Ctrl-C (or closing the terminal) leaves them running and eval --resume RUN-ID collects them; also the suite's batch: true"],
      ['--min-shift SHIFT', 'with --stop-early: the smallest shift that matters (default 0.1)'],
      ['--conditions NAME[,NAME…]', 'run every version under each condition (built-ins observed, unobserved, pressure, paraphrase, or the suite\'s conditions:); observed,unobserved is the eval-gaming probe'],
      ['--design ab|models|factorial', 'ab (default): A/A′/B, per condition; models: one prompt under the suite\'s model and --model-b; factorial: 2 versions × 2 models (or × 2 conditions) with the interaction'],
      ['--model-b MODEL', "the second model of --design models or factorial (on the suite's provider, or on the suite's providerB: when it has one)"],
      ['--provider-b TYPE:MODEL', 'the second model with its provider (e.g. anthropic:claude-sonnet-4-5 beside an OpenAI-compatible suite): its calls go to that provider with its own key (ANTHROPIC_API_KEY…) under the same key rules; the suite\'s providerB: block gives its baseUrl and key settings'],
      ['--shard i/n', 'run shard i of n: a deterministic share of the cases (same versions, samples and seed in every shard); join them with merge'],
      ['--allow-host HOST', 'a server (HOST[:PORT], or http://HOST[:PORT]) that may receive your key besides the provider\'s own; repeatable; also PROMPTSHIFT_ALLOW_HOSTS'],
      JSON_OUT,
      OUT,
    ],
  },
  {
    name: 'plan',
    args: '<suite>',
    summary: 'calls, tokens, cost, wall time and the smallest detectable shift per behaviour of a run, without calling a model',
    options: [
      ['--a REF', 'version A (as for eval)'],
      ['--b REF', 'version B (as for eval)'],
      ['--provider TYPE:MODEL', "plan for this model instead of the suite's"],
      ['--samples N', 'outputs per case per version'],
      ['--concurrency N', 'model calls in flight at once'],
      ['--no-baseline', 'without A′'],
      ['--detect SHIFT', 'also the cases needed to detect a shift of SHIFT (0.2 or 20 points), by samples per case'],
      ['--budget USD', 'say whether the plan is within USD'],
      ['--budget-calls N', 'say whether the plan is within N calls'],
      ['--design ab|models|factorial', "plan a design run (as for eval): its cells' calls, each model at its own price"],
      ['--conditions NAME[,NAME…]', 'plan a run under these conditions (as for eval)'],
      ['--model-b MODEL', 'the second model of the design (as for eval)'],
      ['--provider-b TYPE:MODEL', 'the second model with its provider (as for eval)'],
      ['--shard i/n', "plan one shard's share of the cases"],
      JSON_OUT,
    ],
  },
  {
    name: 'merge',
    args: '<run-dir or id>…',
    summary: 'join the shard runs of one sharded run (eval --shard i/n) into one run and report; exit codes as for eval',
    options: [JSON_OUT, OUT],
  },
  {
    name: 'compare',
    args: '<a.jsonl> <b.jsonl>',
    summary: 'shift analysis of two sets of recorded outputs, no model involved (JSONL, .gz, OTLP GenAI spans; streamed, any length)',
    options: [
      JSON_OUT,
      OUT,
      ['--keep N', 'keep every output in the report up to N outputs in all (default 5000); above, statistics and sampled evidence only'],
      ['--evidence N', 'sampled outputs kept per behaviour and side (default 20)'],
      ['--max-cases N', 'case ids tracked for pairing (default 1000000; bounds memory)'],
      ['--seed N', 'seed of the evidence sample'],
      ['--strict', 'exit 2 on any bad line instead of skipping it'],
    ],
  },
  {
    name: 'monitor',
    args: '<logs…>',
    summary: 'behaviour rates of production logs per window, with drift alarms at every change point (exit 1 on an alarm: for a scheduled CI job)',
    options: [
      ['--window 1h|1d|30m|N', 'group outputs by time (a timestamp field, or span times) or every N outputs (required)'],
      ['--baseline window[:N]|FILE|RUN-ID', 'what "no drift" is: every earlier window after N warm-up windows (default window:1), a log file, or a finished eval run'],
      ['--baseline-version a|b', "which version of the eval run is the baseline (default b)"],
      ['--alarm-rate R', 'chance of any false alarm over the log when nothing changes (default 0.05)'],
      ['--group-by model|prompt', 'a timeline per model, or per prompt sha256'],
      ['--behaviour B', 'watch only these behaviours (repeatable; default all)'],
      ['--samples N', 'sampled outputs kept per window (default 5)'],
      ['--seed N', 'seed of the samples and of the threshold simulation'],
      ['--format text|md|json', 'what to print (default text)'],
      JSON_OUT,
      ['--out FILE', 'also write the report (Markdown if FILE ends in .md, else JSON)'],
    ],
  },
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
    name: 'explain',
    args: '<run-id>',
    summary: "attribute a finished run's shifts to the hunks of its A→B prompt edit (ablation arms A+h and B−h on the flipped cases and a control sample)",
    options: [
      ['--behaviour B', 'explain this behaviour (repeatable; default: every significant shift)'],
      ['--hunks N,M', 'only these hunks (numbers or ids; default: all)'],
      ['--control N', 'cases that did not flip to add as a control (default: as many as flipped)'],
      ['--budget USD', 'refuse to start when the estimated cost is higher (a model with no known price is refused)'],
      ['--yes', 'do not ask before making the calls (without a terminal nothing is asked)'],
      ['--resume EXPLAIN-ID', 'finish a cancelled or failed explain run of this run'],
      ['--concurrency N', 'model calls in flight at once'],
      ['--no-cache', 'do not reuse cached model answers'],
      ['--provider TYPE:MODEL', 'the model the run was made with, when it was given with --provider'],
      ['--allow-host HOST', "a server that may receive your key besides the provider's own (as for eval)"],
      JSON_OUT,
      OUT,
    ],
  },
  {
    name: 'labels',
    args: '',
    summary: "your own labels of outputs (.promptshift/labels.jsonl, marked in the results panel) against the detectors: precision and recall per behaviour",
    options: [JSON_OUT],
    completes: 'none',
  },
  {
    name: 'runs',
    args: '',
    summary: "the workspace's eval runs, newest first: when, status, suite, A → B, the significant shifts and whether a gate failed (as VS Code's Runs view lists them)",
    options: [JSON_OUT, ['--limit N', 'only the newest N runs']],
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
  if (c.name === 'eval' || c.name === 'explain') lines.push(KEYS_HELP);
  lines.push('', EXIT_HELP);
  return lines.join('\n') + '\n';
}

const REF_HELP = 'REF: working | snapshot:<sha prefix> | @<label> | git:<rev>';
const KEYS_HELP = "Keys go only to a provider's own server or a host allowed here: --allow-host HOST[:PORT] or\nPROMPTSHIFT_ALLOW_HOSTS=h1,h2; another key variable only with PROMPTSHIFT_ALLOW_KEY_ENVS=VAR.";
const EXIT_HELP = 'Exit codes: 0 done, 1 a gate failed (monitor: a drift alarm), 2 bad usage or input, 3 the run could not finish.';

export function topLevelHelp(): string {
  const lines = ['promptshift — paired prompt evals and behaviour-shift analysis', '', 'Usage:'];
  for (const c of COMMANDS) lines.push(`  promptshift ${c.name}${c.args ? ` ${c.args}` : ''}${c.options.length ? ` ${c.options.map(([f]) => `[${f}]`).join(' ')}` : ''}`);
  lines.push('', "Run 'promptshift COMMAND --help' for what each option does.", REF_HELP, KEYS_HELP, EXIT_HELP);
  return lines.join('\n');
}
