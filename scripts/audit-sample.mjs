#!/usr/bin/env node
// Issue 23: draws a random, seeded, stratified sample of word-level findings from talks the team
// did not tune on, and prints each with its sentence, for a coach to judge by hand
// (eval/audit/findings-audit.md holds the verdicts).
//
//   node scripts/audit-sample.mjs [--seed 23] [--shared ../shared] [--dutch FILE] [--verdicts FILE] [--json] [--keep DIR] [--recheck [--sample FILE]]
// --recheck: the audited findings (eval/audit/sample.json) still found after a rule change, and the share signed.
//
// Inputs (all read, never copied into the repo):
//   - 7 TED transcripts drawn with the seed from <shared>/eval/ted-dev/transcripts, made into talks
//     by scripts/calibration/ted.mjs asTalk (cues stripped, ~300-word "## Part N" sections);
//   - 1 Twain speech (eval/corpora/twain) and 1 presidential speech (eval/corpora/presidential),
//     drawn with the seed among those of 600 words or more, made into talks the same way;
//   - eval/audit/nl-klantreis.md, a Dutch CX talk written for this audit (not seen by the rules).
// Each talk is scored with the CLI (`node bin/sticky.cjs score --json`, so run `npm run build`
// first); every section finding is a candidate. The sample: 85 English findings split over rule
// families (4 each, the rest in proportion to the square root of the family's size) and 15 Dutch
// findings spread round-robin over the families the Dutch talk has. Same seed, same sample.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asTalk } from './calibration/ted.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const SEED = Number(option('seed', '23'));
const SHARED = resolve(root, option('shared', '../shared'));
const asJson = args.includes('--json');
const dumpPool = args.includes('--pool');
// --table: the sample as a Markdown table with the verdicts of eval/audit/verdicts.json, and the shares.
const asTable = args.includes('--table'); // print every candidate finding (JSON), not the sample
const outDir = option('keep', null) ?? mkdtempSync(join(tmpdir(), 'sticky-audit-'));

// mulberry32: a small seeded generator, so the sample is the same on every machine.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const shuffle = (list) => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
};
const words = (text) => text.split(/\s+/).filter(Boolean).length;

// 1. The talks.
const inputs = [];
const tedFolder = join(SHARED, 'eval/ted-dev/transcripts');
for (const name of shuffle(
  readdirSync(tedFolder)
    .filter((n) => n.endsWith('.txt'))
    .sort(),
).slice(0, 7)) {
  inputs.push({ source: `ted-dev/transcripts/${name}`, lang: 'en', text: readFileSync(join(tedFolder, name), 'utf8') });
}
for (const corpus of ['twain', 'presidential']) {
  const folder = join(root, 'eval/corpora', corpus);
  const long = readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .filter((n) => words(readFileSync(join(folder, n), 'utf8')) >= 600);
  const [name] = shuffle(long);
  inputs.push({ source: `eval/corpora/${corpus}/${name}`, lang: 'en', text: readFileSync(join(folder, name), 'utf8') });
}
// --dutch FILE: another Dutch talk (a fresh audit must not reuse the tuning sample's talk).
const DUTCH = option('dutch', 'eval/audit/nl-klantreis.md');
inputs.push({ source: DUTCH, lang: 'nl', file: resolve(root, DUTCH) });

// 2. Score each talk and collect its section findings with their sentence.
const FAMILIES = [
  ['rare words', ['rare-words']],
  ['concrete / sensory words', ['concrete-words', 'sensory', 'examples']],
  ['abstract words', ['abstract-words', 'abstract-nouns']],
  ['names / named people', ['names', 'named-people']],
  ['feeling / strong feeling', ['feeling', 'strong-feeling', 'emotion', 'vulnerability']],
  ['second person', ['second-person']],
  [
    'story: past tense, I, action, sequence, time, characters',
    ['past-tense', 'first-singular', 'first-person-action', 'sequence', 'time-markers', 'characters'],
  ],
  ['dialogue', ['dialogue']],
  ['questions', ['questions']],
  ['contrast / surprise', ['contrast', 'surprise']],
  ['humour', ['humour', 'humor']],
  ['jargon / corporate / company voice / process / human', ['jargon', 'corporate', 'company-voice', 'first-plural', 'process', 'human']],
  ['numbers / figures / credibility', ['numbers', 'figures', 'percentages', 'credibility']],
  ['call to action / imperatives', ['call-to-action', 'imperatives']],
  ['urgency', ['urgency']],
  ['strategy', ['strategy']],
  ['long sentences / lists', ['long-sentences', 'list-items']],
];
const familyOf = (finding) => {
  const signal = finding.signal ?? finding.ruleId.split('.')[0];
  return FAMILIES.find(([, signals]) => signals.includes(signal))?.[0] ?? `other (${signal})`;
};

/** The sentence of a line around [start, end) (0-based columns). */
function sentenceAround(line, start, end) {
  let from = 0;
  const boundary = /[.!?…]["”’)]?\s+/g;
  let match;
  while ((match = boundary.exec(line))) {
    const after = match.index + match[0].length;
    if (after <= start) from = after;
    else if (match.index >= end - 1) return line.slice(from, match.index + match[0].trimEnd().length).trim();
  }
  return line.slice(from).trim();
}

const pool = [];
inputs.forEach((input, talkIndex) => {
  let file = input.file;
  if (!file) {
    file = join(outDir, `${String(talkIndex).padStart(2, '0')}-${basename(input.source, '.txt')}.md`);
    writeFileSync(file, asTalk(input.text).talk);
  }
  const json = JSON.parse(
    execFileSync(process.execPath, [join(root, 'bin/sticky.cjs'), 'score', '--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const section of json.sections) {
    for (const finding of section.findings) {
      const line = lines[finding.line - 1] ?? '';
      const endColumn = finding.endLine === finding.line ? finding.endColumn : line.length + 1;
      pool.push({
        source: input.source,
        lang: input.lang,
        section: section.title,
        family: familyOf(finding),
        ruleId: finding.ruleId,
        target: finding.target,
        severity: finding.severity,
        actual: finding.actual,
        message: finding.message,
        line: finding.line,
        column: finding.column,
        context: sentenceAround(line, finding.column - 1, endColumn - 1),
      });
    }
  }
});

// 3. The stratified sample.
const byFamily = (list) => {
  const groups = new Map();
  for (const item of list) groups.set(item.family, [...(groups.get(item.family) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shuffle(v)]));
};
const english = byFamily(pool.filter((f) => f.lang === 'en'));
const dutch = byFamily(pool.filter((f) => f.lang === 'nl'));
const ENGLISH_N = 85;
const DUTCH_N = 15;
const quota = new Map([...english].map(([family, items]) => [family, Math.min(4, items.length)]));
let left = ENGLISH_N - [...quota.values()].reduce((a, b) => a + b, 0);
const weight = new Map([...english].map(([family, items]) => [family, Math.sqrt(items.length)]));
while (left > 0) {
  // One more slot to the family furthest below its square-root share (and not exhausted).
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const open = [...english].filter(([family, items]) => quota.get(family) < items.length);
  if (!open.length) break;
  const [family] = open
    .map(([family]) => [family, quota.get(family) - (ENGLISH_N * weight.get(family)) / total])
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
  quota.set(family, quota.get(family) + 1);
  left--;
}
const sample = [];
for (const [family, items] of english) sample.push(...items.slice(0, quota.get(family)));
const dutchFamilies = shuffle([...dutch.keys()]);
const taken = new Map();
for (let round = 0; sample.filter((f) => f.lang === 'nl').length < DUTCH_N && round < 50; round++) {
  for (const family of dutchFamilies) {
    if (sample.filter((f) => f.lang === 'nl').length >= DUTCH_N) break;
    const index = taken.get(family) ?? 0;
    const item = dutch.get(family)[index];
    if (item) {
      sample.push(item);
      taken.set(family, index + 1);
    }
  }
}
sample.forEach((item, index) => (item.n = index + 1));

const poolByFamily = Object.fromEntries(
  [...new Set(pool.map((f) => f.family))].sort().map((family) => [family, pool.filter((f) => f.family === family).length]),
);
function table() {
  // --verdicts FILE: the verdicts of another audit (the fresh one: eval/audit/fresh-verdicts.json).
  const { verdicts } = JSON.parse(readFileSync(resolve(root, option('verdicts', 'eval/audit/verdicts.json')), 'utf8'));
  const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  // A long sentence is shown around the finding's words.
  const around = (text, words, max) => {
    const at = text.indexOf(words);
    if (text.length <= max || at < 0) return clip(text, max);
    const from = Math.max(0, Math.min(at - Math.floor(max / 3), text.length - max));
    return `${from > 0 ? '…' : ''}${clip(text.slice(from), max)}`;
  };
  const signed = (item) => verdicts[item.n]?.[0] === 'sign';
  const share = (list) => `${list.filter(signed).length}/${list.length} (${Math.round((100 * list.filter(signed).length) / list.length)}%)`;
  const out = [];
  out.push(
    `Overall: ${share(sample)}; English ${share(sample.filter((f) => f.lang === 'en'))}, Dutch ${share(sample.filter((f) => f.lang === 'nl'))}.`,
  );
  // The sample gives small families as many slots as large ones; weighting each family's share by
  // its size in the pool estimates the share of findings a user actually sees that a coach signs.
  const families = [...new Set(sample.map((f) => f.family))].sort();
  let weighted = 0;
  for (const family of families) {
    const inFamily = sample.filter((f) => f.family === family);
    weighted += (poolByFamily[family] / pool.length) * (inFamily.filter(signed).length / inFamily.length);
  }
  out.push(`Weighted by each family's share of all ${pool.length} findings: ${Math.round(100 * weighted)}% signed.`, '');
  out.push('| family | findings in the 10 talks | sampled | signed |', '|---|---:|---:|---:|');
  for (const family of families) {
    const inFamily = sample.filter((f) => f.family === family);
    out.push(`| ${family} | ${poolByFamily[family]} | ${inFamily.length} | ${share(inFamily)} |`);
  }
  out.push('', '| # | family | rule | words | talk / section | sentence | verdict | reason |', '|---:|---|---|---|---|---|---|---|');
  for (const item of sample) {
    const [verdict, reason] = verdicts[item.n] ?? ['?', ''];
    out.push(
      `| ${item.n} | ${cell(item.family)} | \`${item.ruleId}\` (${item.target}) | ${cell(clip(item.actual, 60))} | ${cell(basename(item.source).replace(/\.(txt|md)$/, ''))} / ${cell(item.section)} | ${cell(around(item.context, item.actual, 240))} | **${verdict === 'sign' ? 'sign' : 'not sign'}** | ${cell(reason)} |`,
    );
  }
  return out.join('\n');
}

/**
 * After a rule changes: which audited findings (eval/audit/sample.json, the sample as judged) are
 * still found, and the share of those a coach signs. The sample is not drawn again: a finding a fix
 * removed is gone from it, one it kept keeps its verdict.
 */
function recheck() {
  // --sample FILE with --verdicts FILE: recheck another audit (the fresh one: eval/audit/fresh-sample.json).
  const { verdicts } = JSON.parse(readFileSync(resolve(root, option('verdicts', 'eval/audit/verdicts.json')), 'utf8'));
  const audited = JSON.parse(readFileSync(resolve(root, option('sample', 'eval/audit/sample.json')), 'utf8')).sample;
  const key = (f) => [f.source, f.section, f.ruleId, f.line, f.column].join('|');
  const now = new Set(pool.map(key));
  const kept = audited.filter((item) => now.has(key(item)));
  const signed = (item) => verdicts[item.n]?.[0] === 'sign';
  const count = (list, test) => list.filter(test).length;
  console.log(`audited findings still found: ${kept.length} of ${audited.length}`);
  console.log(`  signed:     ${count(kept, signed)} kept, ${count(audited, signed) - count(kept, signed)} lost`);
  console.log(
    `  not signed: ${count(kept, (i) => !signed(i))} kept, ${count(audited, (i) => !signed(i)) - count(kept, (i) => !signed(i))} removed`,
  );
  console.log(`share of the findings still shown that a coach signs: ${Math.round((100 * count(kept, signed)) / (kept.length || 1))}%`);
  for (const item of audited.filter((i) => signed(i) && !now.has(key(i))))
    console.log(`  signed, lost: #${item.n} ${item.ruleId} "${item.actual}": ${verdicts[item.n]?.[1] ?? ''}`);
  for (const item of kept.filter((i) => !signed(i)))
    console.log(`  still wrong: #${item.n} ${item.ruleId} "${item.actual}": ${verdicts[item.n]?.[1] ?? ''}`);
}

if (args.includes('--recheck')) {
  recheck();
} else if (asTable) {
  console.log(table());
} else if (dumpPool) {
  console.log(JSON.stringify(pool));
} else if (asJson) {
  console.log(JSON.stringify({ seed: SEED, inputs: inputs.map((i) => i.source), poolSize: pool.length, poolByFamily, sample }, null, 1));
} else {
  console.log(`seed ${SEED}; ${pool.length} findings in ${inputs.length} talks; sample of ${sample.length}`);
  for (const input of inputs) console.log(`  input: ${input.source}`);
  for (const item of sample) {
    console.log(
      `\n#${item.n} [${item.family}] ${item.ruleId} (${item.target}, ${item.severity}) "${item.actual}"  ${item.source} / ${item.section}, line ${item.line}:${item.column}`,
    );
    console.log(`   claim: ${item.message}`);
    console.log(`   in:    ${item.context}`);
  }
}
