// Lint: typescript-eslint's recommended rules, plus the layering rules of DESIGN.md rule 2:
// src/core never imports `vscode` (it runs under plain Node, in the CLI), and src/webview never
// imports `vscode` or Node built-ins (it runs in the browser).
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'util', 'stream', 'zlib', 'url', 'events', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.bench-cache/**', 'examples/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // The layers (docs/ARCHITECTURE.md): core depends on nothing above it; cli and host depend on core
  // (never on each other); the webview may use only core's pure, browser-safe modules.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core must not import vscode: it runs under plain Node (DESIGN.md rule 2).' }],
          patterns: [{ group: ['**/host/**', '**/host', '**/cli/**', '**/cli', '**/webview/**', '**/webview', '**/extension'], message: 'src/core is the bottom layer: it imports nothing from host/, cli/, webview/ or extension.ts (docs/ARCHITECTURE.md).' }],
        },
      ],
    },
  },
  {
    files: ['src/cli.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'the CLI runs under plain Node: no vscode import.' }],
          patterns: [{ group: ['**/host/**', '**/host', '**/webview/**', '**/webview', '**/extension'], message: 'the CLI depends on core only (docs/ARCHITECTURE.md).' }],
        },
      ],
    },
  },
  {
    files: ['src/host/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)cli(/|$)|(^|/)webview/(?!protocol$|monitor/protocol$|timeline/protocol$)', message: 'the host depends on core, and on the webviews only through their protocols (docs/ARCHITECTURE.md).' }] },
      ],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/webview runs in the browser: no vscode import (DESIGN.md rule 2).' }],
          patterns: [
            { group: ['node:*', ...nodeBuiltins], message: 'src/webview runs in the browser: no Node modules (DESIGN.md rule 2).' },
            {
              regex: '(^|/)(host|cli|extension)(/|$)|(^|/)core/(?!behaviour/types$|report/schema$|report/formats$|report/cardText$|monitor/schema$|timeline/schema$|diff(/|$))',
              message: "src/webview may use only core's pure, browser-safe modules (behaviour/types, report/schema, report/formats, report/cardText, monitor/schema, timeline/schema, diff) (docs/ARCHITECTURE.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' } },
  },
);
