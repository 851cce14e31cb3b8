import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** Bundles a TypeScript entry (with its imports) into one Node script, to run as a child process. */
export async function bundleForNode(entry: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'sticky-bundle-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: { ssr: entry, outDir, write: true, minify: false, rollupOptions: { output: { format: 'esm', entryFileNames: 'child.mjs' } } },
  });
  return join(outDir, 'child.mjs');
}
