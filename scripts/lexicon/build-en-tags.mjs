#!/usr/bin/env node
// Builds src/main/engine/lexicon/compromise/en-tags.json: compromise's English lexicon (the words it knows and
// their part-of-speech tags, each with its parents in compromise's tag hierarchy) as plain data.
// The engine reads only this lexicon and tag set, never compromise's parser; taking them as data
// spares every start of the `sticky` command and of the app's engine the ~200 ms compromise spends
// building its model at load. compromise is MIT (NOTICE). Run after upgrading compromise:
//   node scripts/lexicon/build-en-tags.mjs && npx prettier --write src/main/engine/lexicon/compromise/en-tags.json
// tests/unit/engine/englishTags.test.ts fails when the file and the installed compromise disagree.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Every single-word entry of compromise's lexicon, with its tags and their parents, as shared tag sets. */
export function compromiseTags() {
  const nlp = require('compromise/two');
  // compromise does not export its package.json: read it beside its entry point.
  const main = require.resolve('compromise');
  const { version } = JSON.parse(readFileSync(join(dirname(main).replace(/\/(src|builds).*$/, ''), 'package.json'), 'utf8'));
  const { lexicon, tagSet } = nlp.world().model.one;
  const sets = new Map();
  const words = {};
  for (const word of Object.keys(lexicon).sort()) {
    // The engine looks words up one at a time: entries of several words never match.
    if (word.includes(' ')) continue;
    const tags = new Set();
    for (const tag of [lexicon[word]].flat()) {
      tags.add(tag);
      for (const parent of tagSet[tag]?.parents ?? []) tags.add(parent);
    }
    const key = [...tags].sort().join(',');
    if (!sets.has(key)) sets.set(key, sets.size);
    words[word] = sets.get(key);
  }
  return {
    source: `compromise ${version} (Spencer Kelly, MIT): its English lexicon's single words and their tags with parents.`,
    licence: 'MIT (compromise); see NOTICE.',
    generated: 'node scripts/lexicon/build-en-tags.mjs (see its header); do not edit by hand.',
    tagSets: [...sets.keys()].map((key) => key.split(',')),
    words,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const target = new URL('../../src/main/engine/lexicon/compromise/en-tags.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(compromiseTags())}\n`);
  console.log(`Wrote ${target.pathname}`);
}
