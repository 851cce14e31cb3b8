#!/usr/bin/env node
// CI's smoke run of the built `sticky` command on the bundled samples: text and JSON must work,
// and the JSON must hold the documented keys.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const samples = readdirSync('resources/samples')
  .filter((name) => name.endsWith('.md'))
  .map((name) => `resources/samples/${name}`);
const sticky = (...args) => spawnSync(process.execPath, ['bin/sticky.cjs', ...args], { encoding: 'utf8' });

const text = sticky('outline', ...samples);
process.stdout.write(text.stdout);
if (text.status !== 0) throw new Error(`sticky outline exited ${text.status}: ${text.stderr}`);

const json = sticky('outline', '--json', ...samples);
if (json.status !== 0) throw new Error(`sticky outline --json exited ${json.status}: ${json.stderr}`);
const outlines = json.stdout
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
if (outlines.length !== samples.length) throw new Error(`expected ${samples.length} JSON lines, got ${outlines.length}`);
for (const outline of outlines) {
  for (const key of ['file', 'title', 'lang', 'wpm', 'sections', 'variants', 'findings']) {
    if (!(key in outline)) throw new Error(`${outline.file}: JSON lacks "${key}"`);
  }
  if (outline.sections.length === 0) throw new Error(`${outline.file}: no sections`);
}
console.log(
  `\nCLI smoke: ${outlines.length} samples outlined (${outlines.map((o) => `${o.title}: ${o.sections.length} sections`).join('; ')})`,
);
