import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers (STYLE.md §1): dependencies point inward. Folder names are runtime layers and lint
// decides who imports whom.
const noImport = (patterns) => [
  'error',
  {
    patterns: patterns.map((group) => ({ group: [group], message: `Layering: this folder may not import ${group}.` })),
  },
];

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
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // shared/ is used by both processes: it imports neither renderer nor electron, nor React/Dexie.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport([
        '**/renderer/**',
        '**/electron/**',
        'react',
        'react-dom',
        'dexie',
        'electron',
        '@mantine/*',
      ]),
    },
  },
  // The main process and preload never import renderer code.
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': noImport(['**/renderer/**', 'react', 'dexie']) } },
  // The web host (`npm run web`) is a Node process like the main process: no renderer code, no Electron.
  {
    files: ['webhost/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Layering: the web host runs in plain Node.' }],
          patterns: noImport(['**/renderer/**', 'react', 'dexie'])[1].patterns,
        },
      ],
    },
  },
  // Only repositories touch Dexie: screens read and write through the core's and their system's data/.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [
      'renderer/app/**',
      'renderer/core/data/**',
      'renderer/core/backup/**',
      'renderer/systems/*/data/**',
      'renderer/systems/*/sample/**',
    ],
    rules: { 'no-restricted-imports': noImport(['dexie', '**/data/db', '**/electron/**']) },
  },
  // Tests may reach across layers.
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
