// A long talk for speed measurements (npm run bench and the interface speed test): paragraphs of
// Mark Twain's speeches (public domain, eval/corpora/twain) with a ## section every ~450 words
// (about three and a half minutes), spread over the 10-, 30- and 60-minute versions.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * A talk of at least `minWords` words: { text, words }. `skipWords` starts further into the
 * speeches, so talks built with different skips share no paragraph (89,000 words in all).
 */
function buildLongTalk(minWords, title, skipWords = 0) {
  const dir = join(__dirname, '..', 'eval', 'corpora', 'twain');
  const paragraphs = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.split(' ').length >= 20);
  const out = [`---\ntitle: ${title}\nlang: en\n---\n# ${title}\n`];
  let words = 0;
  let sectionWords = Infinity;
  let section = 0;
  let skipped = 0;
  for (const paragraph of paragraphs) {
    if (skipped < skipWords) {
      skipped += paragraph.split(' ').length;
      continue;
    }
    if (words >= minWords) break;
    if (sectionWords >= 450) {
      section += 1;
      out.push(`## Part ${section}\n<!-- variants: ${section % 3 === 0 ? '60' : section % 2 === 0 ? '30 60' : '10 30 60'} -->\n`);
      sectionWords = 0;
    }
    const count = paragraph.split(' ').length;
    out.push(`${paragraph}\n`);
    words += count;
    sectionWords += count;
  }
  return { text: out.join('\n'), words };
}

module.exports = { buildLongTalk };
