import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.mjs';
import { layersRule } from './eslint/layers.mjs';

// Which layer may import which is one map, eslint/layers.mjs, checked in every file of src/. The
// zones below add what a layer may not use at all: Node, Electron, ipcMain.
const noNodeOrElectron = [
  { group: ['electron', 'electron/*'], message: 'Only the main process and the preload may import Electron.' },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'This zone has no Node: keep it pure.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: tseslint.parser, svelteConfig },
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { sticky: { rules: { layers: layersRule } } },
    rules: { 'sticky/layers': 'error' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    // svelte/no-inner-declarations crashes on CommonJS scope (it is for Svelte files anyway).
    rules: { '@typescript-eslint/no-require-imports': 'off', 'svelte/no-inner-declarations': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: noNodeOrElectron,
        },
      ],
    },
  },
  {
    files: ['src/main/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: noNodeOrElectron,
        },
      ],
    },
  },
  {
    files: ['src/main/services/**', 'src/main/api/**', 'src/main/cli.ts', 'src/main/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['electron', 'electron/*'], message: 'Services and the CLI run in plain Node: no Electron.' }],
        },
      ],
    },
  },
  {
    // The rehearsal's voice analysis (src/renderer/src/lib/voice) is plain signal processing with no
    // DOM, type-checked for Node too (tsconfig.node.json): `sticky voice` runs it on a recording
    // exactly as the rehearsal screen does, and imports nothing else of the UI.
    files: ['src/main/cli/voice*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Services and the CLI run in plain Node: no Electron.' },
            { regex: 'renderer/(?!src/lib/voice/)', message: 'The CLI imports only the voice analysis of the UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    ignores: [
      'src/main/shell/ipc.ts',
      'src/main/services/**',
      'src/main/engine/**',
      'src/main/api/**',
      'src/main/cli.ts',
      'src/main/cli/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only shell/ipc.ts touches ipcMain.' },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: noNodeOrElectron,
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/**'],
    ignores: ['src/renderer/src/lib/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='sticky']", message: 'Only lib/api.ts touches window.sticky.' },
      ],
    },
  },
);
