// `promptshift compare <a.jsonl> <b.jsonl> [--json] [--out FILE]`: shift analysis of two sets of
// recorded outputs (production logs before and after a prompt change), no model involved.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { analyseOutputs } from '../core/report/analyse';
import type { RawCase, RawSample } from '../core/report/input';
import { toJson } from '../core/report/exports';
import { toTextSummary } from '../core/report/text';
import { readTextFileSync, TextFileError } from '../core/files';
import { describeJsonError } from '../core/files/json';
import { CliInputError, EXIT, writeOutFile, type CliCommand } from './common';

const USAGE = 'usage: promptshift compare <a.jsonl> <b.jsonl> [--json] [--out FILE]';
const MAX_REPORTED_ERRORS = 20;

const OutputLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  output: z.string(),
  input: z.string().optional(),
});

export interface RecordedCase {
  input?: string;
  samples: RawSample[];
}

/** Reads a compare JSONL file: id → samples in file order. Every bad line is reported with file:line and field. */
export function readOutputsJsonl(file: string, shownAs: string = file): Map<string, RecordedCase> {
  let text: string;
  try {
    text = readTextFileSync(file);
  } catch (err) {
    if (err instanceof TextFileError) throw new CliInputError(`${shownAs}: ${err.reason}`);
    throw new CliInputError(`${shownAs}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseOutputsJsonl(text, shownAs);
}

/** Parses compare JSONL text; `shownAs` names the file in messages. */
export function parseOutputsJsonl(text: string, shownAs: string): Map<string, RecordedCase> {
  const cases = new Map<string, RecordedCase>();
  const errors: string[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${shownAs}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      errors.push(`${where}: not valid JSON (${describeJsonError(err, line)})`);
      return;
    }
    const parsed = OutputLine.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'line';
        errors.push(`${where}: ${field}: ${issue.message}`);
      }
      return;
    }
    const { id, output, input } = parsed.data;
    let c = cases.get(id);
    if (!c) cases.set(id, (c = { samples: [] }));
    if (c.input === undefined && input !== undefined) c.input = input;
    c.samples.push({ output });
  });
  if (errors.length) {
    const more = errors.length > MAX_REPORTED_ERRORS ? `\n… and ${errors.length - MAX_REPORTED_ERRORS} more bad lines` : '';
    throw new CliInputError(`${errors.length} bad line${errors.length === 1 ? '' : 's'}:\n${errors.slice(0, MAX_REPORTED_ERRORS).join('\n')}${more}`);
  }
  return cases;
}

/** Cases present in both files, in A's order; ids found on one side only are returned apart. */
export function pairCases(a: Map<string, RecordedCase>, b: Map<string, RecordedCase>): { cases: RawCase[]; onlyA: string[]; onlyB: string[] } {
  const cases: RawCase[] = [];
  const onlyA: string[] = [];
  for (const [id, ca] of a) {
    const cb = b.get(id);
    if (!cb) {
      onlyA.push(id);
      continue;
    }
    const c: RawCase = { id, a: ca.samples, b: cb.samples };
    const input = ca.input ?? cb.input;
    if (input !== undefined) c.input = input;
    cases.push(c);
  }
  const onlyB = [...b.keys()].filter((id) => !a.has(id));
  return { cases, onlyA, onlyB };
}

function listIds(ids: string[]): string {
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `${shown}, … (${ids.length} in all)` : shown;
}

export const compareCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, out: { type: 'string' } } });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const [fileA, fileB, ...extra] = parsed.positionals;
  if (!fileA || !fileB || extra.length) throw new CliInputError(`expected two JSONL files\n${USAGE}`);

  const a = readOutputsJsonl(path.resolve(io.cwd, fileA), fileA);
  const b = readOutputsJsonl(path.resolve(io.cwd, fileB), fileB);
  const { cases, onlyA, onlyB } = pairCases(a, b);
  if (onlyA.length) io.stderr(`warning: ${onlyA.length} id(s) only in ${fileA}, ignored: ${listIds(onlyA)}\n`);
  if (onlyB.length) io.stderr(`warning: ${onlyB.length} id(s) only in ${fileB}, ignored: ${listIds(onlyB)}\n`);
  if (cases.length === 0) throw new CliInputError(`${fileA} and ${fileB} have no case id in common`);

  const report = analyseOutputs({
    kind: 'compare',
    versions: { a: { ref: fileA, path: path.resolve(io.cwd, fileA) }, b: { ref: fileB, path: path.resolve(io.cwd, fileB) } },
    run: { createdAt: new Date().toISOString() },
    cases,
  });
  const json = toJson(report);
  if (parsed.values.out) {
    writeOutFile(path.resolve(io.cwd, parsed.values.out), json);
    io.stderr(`wrote ${parsed.values.out}\n`);
  }
  io.stdout(parsed.values.json ? json : toTextSummary(report));
  return EXIT.ok;
};
