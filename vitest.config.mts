import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// The renderer's state classes use runes: their tests (tests/unit/renderer, *.svelte.test.ts) are
// compiled by the Svelte plugin for the browser build of Svelte, where $state and $derived react.
const RENDERER_TESTS = 'tests/unit/renderer/**';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Refuses a damaged rule file before any test reads it (scripts/rules/vitestSetup.mjs).
    globalSetup: ['scripts/rules/vitestSetup.mjs'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          // install/: the first start and the packaging, run in a fresh copy against a loopback mirror.
          include: ['tests/unit/**/*.test.ts', 'tests/install/**/*.test.ts'],
          exclude: [RENDERER_TESTS],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: { name: 'renderer', include: [`${RENDERER_TESTS}/*.svelte.test.ts`], environment: 'node' },
      },
    ],
  },
});
