import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import walls from './eslint/walls.js';

// Pure code (shared/) runs in both processes: it may use the language's own globals and the few
// both runtimes define alike, never a browser's (window, document, localStorage) or Node's
// (process, Buffer, __dirname). The time comes in as an argument (STYLE.md §1).
const BOTH_RUNTIMES = new Set([
  'TextEncoder',
  'TextDecoder',
  'URL',
  'crypto',
  'structuredClone',
  'console',
  'atob',
  'btoa',
]);
const ES = new Set(Object.keys(globals.es2024));
const HOST_GLOBALS = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])].filter(
  (name) => !ES.has(name) && !BOTH_RUNTIMES.has(name),
);

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'release',
      'bench/results.json',
      'test-results',
      'playwright-report',
      '.cache',
      'eslint/__fixtures__',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { local: { rules: { walls } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The walls between the rooms (eslint/walls.js, docs/architecture.md); tests may reach across.
      'local/walls': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...HOST_GLOBALS.map((name) => ({ name, message: 'shared/ is pure: no browser or Node globals.' })),
      ],
    },
  },
);
