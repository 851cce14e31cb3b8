import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ruleCatalogue } from './scripts/rules/catalogue.mjs';

const { version } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    // The rule files are discovered on every build: a new rule is one file (CONTRIBUTING.md).
    plugins: [ruleCatalogue()],
    // Bundle every dependency: electron-store, conf and chokidar are ESM-only, and a bundled
    // CLI starts faster and runs from a clone without surprises.
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          engine: resolve(__dirname, 'src/main/engine/index.ts'),
          engineWorker: resolve(__dirname, 'src/main/engineWorker.ts'),
        },
        external: ['electron'],
        // The CLI's few shared helpers in a chunk of their own. Without it rolldown puts its runtime
        // in the talk parser's chunk, and `sticky --help` loads the parser to get it
        // (docs/architecture.md, "Start-up"; tests/unit/cliStartup.test.ts).
        output: {
          codeSplitting: { groups: [{ name: 'cliBase', test: /src[\\/]main[\\/]cli[\\/](safeText|exitCodes|argsMessage|usage)\.ts$/ }] },
        },
      },
    },
    define: { __STICKY_VERSION__: JSON.stringify(version) },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, external: ['electron'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: { rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } },
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.mjs') })],
  },
});
