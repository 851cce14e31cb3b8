#!/usr/bin/env node
// `node scripts/import-lexicons.mjs`: writes the word lists derived from permissively licensed data
// (see NOTICE): first-name lists from the zxcvbn-ts language packs. Run it again after
// changing a rule below; the output is committed, so the app and the tests never need these packages.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const lexiconDir = (lang) => join(root, 'src/main/engine/lexicon', lang);
const en = require('@zxcvbn-ts/language-en').dictionary;
const nl = require('@zxcvbn-ts/language-nl-be').dictionary;

// First names that are also among the 3,000 most frequent words ("will", "mark", "wil", "roos")
// are left out: capitalised at a sentence start they would be taken for people.
const COMMON_WORD_CUTOFF = 3000;
function firstNames(lists, common) {
  const frequent = new Set(common.slice(0, COMMON_WORD_CUTOFF));
  const names = new Set(lists.flat().filter((name) => /^\p{L}{2,}$/u.test(name) && !frequent.has(name)));
  return [...names].sort();
}

function write(lang, file, data) {
  writeFileSync(join(lexiconDir(lang), file), `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${lang}/${file}`);
}

const zxcvbn = 'zxcvbn-ts language packs (@zxcvbn-ts/language-en 4.1.1, @zxcvbn-ts/language-nl-be 3.0.2)';
write('en', 'first-names.json', {
  source: `First names of ${zxcvbn}, firstnames-en, without the ${COMMON_WORD_CUTOFF} most frequent words. Made by scripts/import-lexicons.mjs.`,
  licence: 'MIT (zxcvbn-ts)',
  names: firstNames([en['firstnames-en']], en['commonWords-en']),
});
write('nl', 'first-names.json', {
  source: `Boys' and girls' first names of ${zxcvbn} (Flemish and Dutch), without the ${COMMON_WORD_CUTOFF} most frequent Dutch words. Made by scripts/import-lexicons.mjs.`,
  licence: 'MIT (zxcvbn-ts)',
  names: firstNames([nl.boysFirstnames, nl.girlsFirstnames], nl.commonWords),
});
