import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // install/: the first start and the packaging, run in a fresh copy against a loopback mirror.
    include: ['tests/unit/**/*.test.ts', 'tests/install/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
