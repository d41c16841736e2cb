#!/usr/bin/env node
// Fails the build when a command contributed in package.json is not in the commands table
// (src/host/commandIds.ts) or the other way round, and when a menu or keybinding names a
// command that does not exist.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/host/commandIds.ts', 'utf8');
const list = source.slice(source.indexOf('COMMAND_IDS'), source.indexOf('] as const'));
const table = new Set([...list.matchAll(/'(promptshift\.[\w.]+)'/g)].map((m) => m[1]));
const contributed = new Set(pkg.contributes.commands.map((c) => c.command));

const problems = [];
for (const id of contributed) if (!table.has(id)) problems.push(`package.json contributes ${id}, but src/host/commandIds.ts does not list it`);
for (const id of table) if (!contributed.has(id)) problems.push(`src/host/commandIds.ts lists ${id}, but package.json does not contribute it`);
const referenced = [
  ...Object.values(pkg.contributes.menus ?? {}).flat().map((m) => m.command),
  ...(pkg.contributes.keybindings ?? []).map((k) => k.command),
];
for (const id of referenced) if (!contributed.has(id)) problems.push(`a menu or keybinding names ${id}, which is not contributed`);
for (const c of pkg.contributes.commands) if (!c.title || c.category !== 'PromptShift') problems.push(`${c.command} needs a title and the PromptShift category`);

if (problems.length) {
  for (const p of problems) console.error(`check-commands: ${p}`);
  process.exit(1);
}
console.error(`check-commands: ${table.size} commands, package.json and the table agree`);
