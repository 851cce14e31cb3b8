import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleTalk } from '../../shared/api';
import { parseTalk } from '../engine/talk/parseTalk';

/** Lists the talks bundled in the samples folder (`*.nl.md` is Dutch, the rest English). */
export function listSamples(samplesDir: string): SampleTalk[] {
  if (!existsSync(samplesDir)) return [];
  return readdirSync(samplesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(samplesDir, name);
      return {
        path,
        name,
        title: parseTalk(readFileSync(path, 'utf8'), { fileName: name }).title,
        lang: name.endsWith('.nl.md') ? 'nl' : 'en',
      };
    });
}

/** The sample to open on first start: Dutch for a Dutch system, else English. */
export function firstRunSample(samples: SampleTalk[], locale: string): SampleTalk | undefined {
  const wanted = locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  return samples.find((sample) => sample.lang === wanted) ?? samples[0];
}
