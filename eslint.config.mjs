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
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core must not import vscode: it runs under plain Node (DESIGN.md rule 2).' }] }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/webview runs in the browser: no vscode import (DESIGN.md rule 2).' }],
          patterns: [{ group: ['node:*', ...nodeBuiltins], message: 'src/webview runs in the browser: no Node modules (DESIGN.md rule 2).' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' } },
  },
);
