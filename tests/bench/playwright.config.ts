import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run bench` runs this project on its own: measurements, not tests of behaviour.
export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../../test-results/bench',
  reporter: [['line']],
  timeout: 120_000,
});
