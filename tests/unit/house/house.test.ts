import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = resolve(__dirname, '../../../src');
const SOURCE = /\.(ts|svelte)$/;
// Static and type imports alike: a type-only cycle still ties two modules' designs together.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** The file a relative import names, as TypeScript resolves it (no extension, or an index). */
function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((match) => resolveImport(file, match[1]!)).filter((path) => path !== null);
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle found by depth-first search, each as the files on it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the house', () => {
  test('the search finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  test('no module imports itself back through others', () => {
    const cycles = findCycles(importGraph()).map((cycle) => cycle.map((file) => file.slice(SRC.length + 1)).join(' -> '));
    expect(cycles).toEqual([]);
  });
});

describe('the composition root', () => {
  test('src/main/index.ts only wires the parts: under 60 lines', () => {
    const lines = readFileSync(join(SRC, 'main/index.ts'), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThan(60);
  });
});

describe('styles', () => {
  test('the global sheet holds tokens, resets and a few utilities: under 300 lines', () => {
    const lines = readFileSync(join(SRC, 'renderer/src/app.css'), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThan(300);
  });
});
