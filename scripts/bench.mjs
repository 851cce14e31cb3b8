#!/usr/bin/env node
// `npm run bench [-- --json]`: Sticky's analysis speed, measured in one run against two baselines on the same
// text: a bare parse with compromise's full build (`nlp(text).json()`), and a retext pipeline
// (english + readability + simplify + passive + intensify + equality). Reports ratios, not
// absolute-time assertions. No GC is forced between timed runs (it slows the next calls).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import retextPassive from 'retext-passive';
import retextIntensify from 'retext-intensify';
import retextEquality from 'retext-equality';
import { cliStartup } from './bench-cli.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const engine = require(join(root, 'out/main/engine.js'));
const { buildLongTalk } = require('./long-talk.cjs');

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function time(run, repeat) {
  run(); // warm up: imports, JIT, lexicon compilation
  const times = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}
const retext = unified()
  .use(retextEnglish)
  .use(retextReadability)
  .use(retextSimplify)
  .use(retextPassive)
  .use(retextIntensify)
  .use(retextEquality)
  .freeze();
const runRetext = (text) => retext.runSync(retext.parse(text));

const sixty = buildLongTalk(9000, 'Bench talk');
const ten = { text: readFileSync(join(root, 'resources/samples/lead-your-leaders.md'), 'utf8') };
ten.words = engine.parseTalk(ten.text).words;

const rows = [];
for (const [name, talk, repeat] of [
  ['60-minute talk', sixty, 5],
  ['10-minute talk', ten, 9],
]) {
  const sticky = time(() => engine.analyseTalk(talk.text), repeat);
  const compromise = time(() => nlp(talk.text).json(), repeat);
  const retextMs = time(() => runRetext(talk.text), repeat);
  rows.push({ name, words: talk.words, sticky, compromise, retext: retextMs });
}

// Re-analysis after editing one section, with the cache warm from the previous version.
const cache = new engine.SignalCache();
engine.analyseTalk(sixty.text, { cache });
const edits = [];
for (let i = 0; i < 9; i++) {
  const edited = sixty.text.replace('## Part 7\n', `## Part 7\n\nA new sentence for edit ${i}.\n`);
  const start = performance.now();
  engine.analyseTalk(edited, { cache });
  edits.push(performance.now() - start);
}

// The longest the app's main process is blocked while scoring the 60-minute talk in steps.
let longestStep = 0;
let last = performance.now();
await engine.analyseTalkInSteps(sixty.text, () => {
  const now = performance.now();
  longestStep = Math.max(longestStep, now - last);
  return new Promise((resolve) =>
    setImmediate(() => {
      last = performance.now();
      resolve();
    }),
  );
});
longestStep = Math.max(longestStep, performance.now() - last);

// From asking to open the 60-minute talk to its scored heatmap on screen, in Chromium with the real
// services and the engine's worker thread (tests/bench/openToHeatmap.spec.ts), when Chromium is here.
function openToHeatmap() {
  const chromium = process.env['STICKY_CHROMIUM'] ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return { ms: null, note: `no Chromium at ${chromium}` };
  const out = join(mkdtempSync(join(tmpdir(), 'sticky-bench-')), 'open.json');
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'tests/bench/playwright.config.ts'], {
    cwd: root,
    env: { ...process.env, BENCH_OUT: out },
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(out)) return { ms: null, note: `the browser run failed:\n${run.stdout}${run.stderr}` };
  return { ms: JSON.parse(readFileSync(out, 'utf8')).openToHeatmapMs, note: null };
}
const browser = openToHeatmap();
const cli = cliStartup(root);
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const sixtyRow = rows[0];
const editRescoreMs = median(edits);

if (process.argv.includes('--json')) {
  const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
  const result = {
    words: sixtyRow.words,
    fullAnalysisMs: round(sixtyRow.sticky),
    editRescoreMs: round(editRescoreMs),
    openToHeatmapMs: round(browser.ms),
    compromiseMs: round(sixtyRow.compromise),
    retextMs: round(sixtyRow.retext),
    longestStepMs: round(longestStep),
    peakRssMb,
    editRatio: Math.round((editRescoreMs / sixtyRow.sticky) * 100) / 100,
    openRatio: browser.ms === null ? null : Math.round((browser.ms / sixtyRow.sticky) * 100) / 100,
    nodeBareMs: round(cli.nodeBareMs),
    cliHelpMs: round(cli.cliHelpMs),
    cliOutlineMs: round(cli.cliOutlineMs),
    cliHelpRatio: Math.round((cli.cliHelpMs / cli.nodeBareMs) * 100) / 100,
    cliOutlineRatio: Math.round((cli.cliOutlineMs / cli.nodeBareMs) * 100) / 100,
    peakRssMb100k: cli.peakRssMb100k,
    ...(browser.note ? { note: browser.note } : {}),
  };
  console.log(JSON.stringify(result));
  process.exit(0);
}

const ms = (value) => `${value.toFixed(0)} ms`.padStart(8);
console.log('talk              words   Sticky   words/s   compromise nlp().json()   retext pipeline');
for (const row of rows) {
  console.log(
    `${row.name.padEnd(16)} ${String(row.words).padStart(6)} ${ms(row.sticky)} ${String(Math.round((row.words / row.sticky) * 1000)).padStart(9)}   ${ms(row.compromise)} (ratio ${(row.sticky / row.compromise).toFixed(2)})     ${ms(row.retext)} (ratio ${(row.sticky / row.retext).toFixed(2)})`,
  );
}
console.log(
  `\nre-analysis of the 60-minute talk after a one-section edit (cache warm): median ${editRescoreMs.toFixed(1)} ms (${((editRescoreMs / sixtyRow.sticky) * 100).toFixed(0)}% of a full analysis; target <= 10%)`,
);
console.log(
  browser.ms === null
    ? `open to scored heatmap in Chromium: not measured (${browser.note})`
    : `open to scored heatmap in Chromium (real services, worker engine): median ${browser.ms.toFixed(0)} ms (${(browser.ms / sixtyRow.sticky).toFixed(1)}x a full analysis; target <= 3x)`,
);
console.log(`longest step while scoring the 60-minute talk in the app's steps: ${longestStep.toFixed(1)} ms (target <= 50 ms)`);
console.log(`peak memory (bench process, RSS; the browser run is separate): ${peakRssMb} MB`);
console.log(
  `sticky --help: median ${cli.cliHelpMs.toFixed(0)} ms, ${(cli.cliHelpMs / cli.nodeBareMs).toFixed(2)}x a bare node -e 0 (${cli.nodeBareMs.toFixed(0)} ms; target <= 2.5x)`,
);
console.log(
  `sticky outline (ten-minute sample): median ${cli.cliOutlineMs.toFixed(0)} ms, ${(cli.cliOutlineMs / cli.nodeBareMs).toFixed(2)}x bare node (target <= 3x)`,
);
console.log(`sticky score --json on 100,000 words: peak memory ${cli.peakRssMb100k} MB (target < 250 MB)`);
console.log('\nratio = Sticky time / baseline time on the same text; below 1.0 means Sticky is faster.');
