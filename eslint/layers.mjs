// Sticky's layers as one map (docs/architecture.md): each layer names the layers it may import.
// An import of a relative path is resolved to its folder and checked against the map, in every
// file of src/, so a new folder or a stray import cannot slip between per-folder rules.
import { dirname, join, relative, sep } from 'node:path';

/** Layer → the layers it may import (besides itself). Arrows point down: shared < engine < report < services < api, cli < shell; voice under cli and renderer. */
export const LAYERS = {
  shared: [],
  engine: ['shared'],
  report: ['shared', 'engine'],
  services: ['shared', 'engine', 'report'],
  api: ['shared', 'engine', 'report', 'services'],
  cli: ['shared', 'engine', 'report', 'services', 'voice'],
  shell: ['shared', 'engine', 'report', 'services', 'api'],
  // The files at src/main's root compose the app, the CLI and the engine's worker from the layers.
  root: ['shared', 'engine', 'report', 'services', 'api', 'cli', 'shell'],
  preload: ['shared'],
  // The voice analysis (src/renderer/src/lib/voice) is plain signal processing with no DOM: the
  // rehearsal screen runs it on the microphone, `sticky voice` on a recording file.
  voice: ['shared'],
  renderer: ['shared', 'voice'],
};

/** The layer of a file, by its path relative to the project; null outside src/. */
export function layerOf(path) {
  const parts = path.split(sep).join('/').split('/');
  if (parts.slice(0, 5).join('/') === 'src/renderer/src/lib/voice') return 'voice';
  if (parts[0] !== 'src' || parts.length < 3) return null;
  if (parts[1] !== 'main') return parts[1] in LAYERS ? parts[1] : null;
  // src/main/api is the api folder's index; src/main/index.ts a file of the root.
  if (parts.length === 3) return parts[2] in LAYERS ? parts[2] : 'root';
  return parts[2] in LAYERS ? parts[2] : 'unmapped';
}

/** The ESLint rule: every relative import stays within the map. */
export const layersRule = {
  meta: { type: 'problem', schema: [], docs: { description: "Imports follow Sticky's layer map (eslint/layers.mjs)." } },
  create(context) {
    const file = relative(context.cwd, context.filename);
    const from = layerOf(file);
    if (from === null) return {};
    const check = (node, source) => {
      // A declaration file (the preload's window.sticky type) holds types only: no code crosses.
      if (typeof source !== 'string' || !source.startsWith('.') || /\.d(\.ts)?$/.test(source)) return;
      const to = layerOf(relative(context.cwd, join(dirname(context.filename), source)));
      if (from === 'unmapped' || to === 'unmapped') {
        context.report({
          node,
          message: `${file} or ${source} lies in a folder the layer map (eslint/layers.mjs) does not name: add it there.`,
        });
      } else if (to !== null && to !== from && !LAYERS[from].includes(to)) {
        context.report({
          node,
          message: `The ${from} layer may not import the ${to} layer (${source}). Layers: shared < engine < report < services < api, cli < shell.`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
