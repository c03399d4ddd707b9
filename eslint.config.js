import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const forbidInShared = [
  { name: 'electron', message: 'shared/ is the pure domain layer: put Electron code in electron/ and reach it through shared/bridge.ts.' },
  { name: 'react', message: 'shared/ is the pure domain layer: put React code in renderer/.' },
  { name: 'react-dom', message: 'shared/ is the pure domain layer: put React code in renderer/.' },
  { name: 'dexie', message: 'shared/ is the pure domain layer: database code belongs in renderer/db/.' },
  { name: 'dexie-react-hooks', message: 'shared/ is the pure domain layer: database code belongs in renderer/db/.' },
  { name: 'zustand', message: 'shared/ is the pure domain layer: UI state belongs in renderer/features/<feature>/store.ts.' },
  { name: 'antd', message: 'shared/ is the pure domain layer: UI components belong in renderer/.' },
  { name: 'exceljs', message: 'shared/ works on parsed rows: read spreadsheet files in renderer/ or cli/ and pass the rows in.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', '.tsbuild/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a const object and a derived union instead of an enum (STYLE.md §3).' }],
    },
  },
  {
    files: ['**/*.mjs', 'build/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidInShared,
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in the browser, a worker and Node alike: no Node built-ins; take what you need as a parameter.' },
            { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ may import only shared/ files and pure libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through the typed bridge (renderer/platform/bridge.ts).' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs sandboxed in a browser: ask the main process through the bridge.' },
            { group: ['**/electron/**', '**/cli/**'], message: 'The renderer may import shared/ and renderer/ files only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie', 'antd'], message: 'electron/ may import shared/, Node and Electron only.' }] },
      ],
    },
  },
);
