#!/usr/bin/env node
// `node scripts/voice-accuracy.mjs`: the accuracy of the rehearsal microphone's analysis on speech
// made by espeak-ng and sox (both needed: apt-get install espeak-ng sox). Prints the pace table
// (estimate against the real rate), the pause table (found against inserted, clean and in white
// noise) and pitch spread by intonation range (the flat-voice threshold's data).
//
// With @ricky0123/vad-web installed somewhere (it is not a dependency: its ONNX runtime is 145 MB),
// STICKY_VAD_WEB=/path/to/node_modules/@ricky0123/vad-web adds its Silero model's pauses on the
// same material, for the comparison the issue asks for.
//
// Folders named on the command line (`npm run voice-accuracy -- DIR…`) hold more real recordings in
// speech-dev's form (MANIFEST.tsv; an 11th column may say where filled pauses are, "0.70-1.25;3.90-4.25"):
// their pace and filled pauses are reported as held out, never tuned on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// Bundle the TypeScript measurements (Vite, as the app's build does) next to node_modules, so its
// one dependency (pitchy) resolves.
const outDir = mkdtempSync(join(root, 'node_modules', '.voice-accuracy-'));
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'scripts/voice/accuracy.ts'),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'accuracy.mjs' } },
    },
  });
  const accuracy = await import(pathToFileURL(join(outDir, 'accuracy.mjs')).href);
  report(accuracy, await vadWeb(accuracy));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

/** The human-speech pace table (../shared/eval/speech-dev), per group and set, at 16 and 48 kHz. */
function humanReport(accuracy) {
  const dir = accuracy.speechDevDir(root);
  if (!dir) {
    console.log('\n(human speech skipped: ../shared/eval/speech-dev is not there)');
    return;
  }
  for (const rate of [16000, 48000]) {
    const rows = accuracy.humanPaceRows(dir, rate);
    console.log(
      `\nPace on human speech (speech-dev, ${rate / 1000} kHz): transcript words over the clip's length; words heard averaged over five offsets to the 10 ms hops`,
    );
    console.table(rows);
    const groups = {
      'English, tuning': (row) => row.lang === 'en' && row.set === 'tuning' && !row.clip.includes('tempo'),
      'English, held out': (row) => row.lang === 'en' && row.set === 'held out' && !row.clip.includes('tempo'),
      'Dutch (Flemish), tuning': (row) => row.lang === 'nl' && row.set === 'tuning',
      'Dutch (Flemish), held out': (row) => row.lang === 'nl' && row.set === 'held out',
    };
    for (const [name, keep] of Object.entries(groups)) {
      const kept = rows.filter(keep);
      const errors = kept.map((row) => row.errorPercent ?? -100);
      // All the group's clips as one talk: estimated words against spoken words.
      const words = (pick) => kept.reduce((sum, row) => sum + (pick(row) ?? 0) * row.seconds, 0);
      const pooled = (words((row) => row.estimatedWpm) / words((row) => row.realWpm) - 1) * 100;
      const within = errors.filter((error) => Math.abs(error) <= 10).length;
      const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
      console.log(
        `  ${name}: ${within} of ${errors.length} within 10%, mean absolute error ${mean(errors.map(Math.abs)).toFixed(1)}%, bias ${mean(errors).toFixed(1)}%, all clips as one talk ${pooled.toFixed(1)}%`,
      );
    }
    const byClip = Object.fromEntries(rows.map((row) => [row.clip, row.estimatedWpm]));
    for (const source of ['en_jfk', 'en_lj_0001'])
      for (const tempo of ['0.8', '1.2'])
        if (byClip[source] && byClip[`${source}_tempo${tempo}`])
          console.log(`  ${source} at sox tempo ${tempo}: reads ${(byClip[`${source}_tempo${tempo}`] / byClip[source]).toFixed(2)}x`);
  }
}

/** Pace and located filled pauses on the folders named on the command line, and filled pauses on the committed clip. */
function extraReport(accuracy) {
  const dirs = process.argv.slice(2);
  for (const dir of dirs) {
    console.log(`\nPace on the recordings of ${dir} (held out), 16 kHz`);
    const rows = accuracy.humanPaceRows(dir, 16000, true);
    console.table(rows);
    const errors = rows.map((row) => row.errorPercent ?? -100);
    console.log(
      `  mean absolute error ${(errors.reduce((a, b) => a + Math.abs(b), 0) / errors.length).toFixed(1)}%, bias ${(errors.reduce((a, b) => a + b, 0) / errors.length).toFixed(1)}%`,
    );
  }
  console.log(
    '\nFilled pauses on real speech, located by hand (tests/fixtures/speech/README.md and the folders named): each clip at five offsets to the 10 ms hops; found of the located ones, and false alarms (filled pauses heard where none is)',
  );
  console.table([join(root, 'tests/fixtures/speech'), ...dirs].flatMap((dir) => accuracy.realFillerRows(dir)));
}

function report(accuracy, vad) {
  humanReport(accuracy);
  extraReport(accuracy);
  const dir = accuracy.speechDevDir(root);
  if (dir) {
    console.log(
      '\nFilled pauses: made hesitations (espeak-ng, drawn out on one pitch) after each speech-dev clip; found, false alarms in that mix, and false alarms on the real clips alone (speech-dev has no real filled pauses)',
    );
    console.table(accuracy.fillerRows(dir));
  }
  const pace = accuracy.paceRows();
  console.log('\nPace: estimated words per minute against the real rate (words given to espeak-ng / recording length)');
  console.table(pace);
  const errors = pace.map((row) => Math.abs(row.errorPercent ?? Infinity));
  console.log(
    `mean absolute error ${(errors.reduce((a, b) => a + b, 0) / errors.length).toFixed(1)}%, worst ${Math.max(...errors).toFixed(1)}%`,
  );
  for (const set of [1, 2]) {
    const rows = pace.filter((row) => row.set === set).map((row) => Math.abs(row.errorPercent ?? Infinity));
    console.log(
      `  text set ${set}${set === 1 ? ' (tuned on)' : ' (held out)'}: mean ${(rows.reduce((a, b) => a + b, 0) / rows.length).toFixed(1)}%, worst ${Math.max(...rows).toFixed(1)}%`,
    );
  }

  console.log(
    '\nPauses: a 2.5 s and a 0.8 s silence inserted, clean and in white noise (signal-to-noise ratio); start and length errors of the pause found (ms); extra pauses are silences of 250 ms or more elsewhere (espeak-ng pauses at commas and full stops)',
  );
  const rows = accuracy.energyPauseRows().map((row) => ({ method: 'Sticky (energy)', ...flatten(row) }));
  console.table([...rows, ...vad]);

  console.log('\nPitch spread (semitones) by espeak-ng intonation range, 130 wpm, text sets 1 and 2');
  console.table(accuracy.spreadRows().map((row) => ({ lang: row.lang, range: row.range, set1: row.spreads[0], set2: row.spreads[1] })));
}

function flatten({ lang, snr, errors, extra, ms, paceError }) {
  return {
    lang,
    snr,
    'long start': errors[0].startMs,
    'long length': errors[0].lengthMs,
    'short start': errors[1].startMs,
    'short length': errors[1].lengthMs,
    'extra pauses': extra,
    ...(paceError === undefined ? {} : { 'pace error %': paceError }),
    ms,
  };
}

/** vad-web's Silero model on the same pause material, when STICKY_VAD_WEB points at it. */
async function vadWeb(accuracy) {
  const dir = process.env['STICKY_VAD_WEB'];
  if (!dir) {
    console.log('(vad-web comparison skipped: set STICKY_VAD_WEB to an installed @ricky0123/vad-web folder)');
    return [];
  }
  const { NonRealTimeVAD } = (await import(pathToFileURL(join(dir, 'dist/index.js')).href)).default;
  const model = join(dir, 'dist/silero_vad_legacy.onnx');
  const modelFetcher = async (path) => {
    const bytes = readFileSync(path);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  const out = [];
  // Its defaults merge silences under 1.4 s into speech; 250 ms is Sticky's own shortest pause.
  for (const [label, options] of [
    ['vad-web (defaults)', {}],
    ['vad-web (pause 250 ms)', { redemptionMs: 250, preSpeechPadMs: 0, minSpeechMs: 100 }],
  ]) {
    const vad = await NonRealTimeVAD.new({ modelURL: model, modelFetcher, ...options });
    for (const lang of ['en', 'nl']) {
      const { samples, truth } = accuracy.pauseMaterial(lang);
      for (const snr of [null, 20, 10]) {
        const input = snr === null ? samples : accuracy.withNoise(samples, snr);
        const started = performance.now();
        const segments = [];
        for await (const { start, end } of vad.run(input, 16000)) segments.push([start / 1000, end / 1000]);
        const ms = Math.round(performance.now() - started);
        const found = segments.slice(1).map(([start], index) => ({ at: segments[index][1], seconds: start - segments[index][1] }));
        const pauses = found.filter((pause) => pause.seconds >= 0.25);
        out.push({
          method: label,
          ...flatten({
            lang,
            snr: snr === null ? 'clean' : `${snr} dB`,
            errors: accuracy.pauseErrors(truth, pauses),
            extra: pauses.length - truth.length,
            ms,
          }),
        });
      }
    }
  }
  return out;
}
