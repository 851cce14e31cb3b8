import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// Where Sticky keeps data it ships: word lists and norms, fitted weights, the sample talks.
const DATA_FOLDERS = ['src/main/engine/lexicon', 'src/main/engine/rules/catalogue', 'src/main/engine/scoring', 'resources/samples'];
const DATA_FILE = /\.(json|md|csv|txt|tsv)$/;
// Sources whose licences forbid commercial use or derivatives (../shared/lexicons/README.md): no
// shipped file may come from them, whatever a package that repackages them says.
const FORBIDDEN_SOURCE = /SUBTLEX|Brysbaert|Warriner|Kuperman|\bNRC\b|\bMRC\b|CC BY-NC|\bNC-ND\b|\bNC-SA\b|non-?commercial/i;
// A NOTICE entry opens with one or more paths (globs with * and {a,b} allowed), comma-separated.
const ENTRY = /^([\w.*{}/,-]+\/[\w.*{}/,-]*(?:,\s+[\w.*{}/,-]+)*)(?:\s+\(.*\))?\s*$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : DATA_FILE.test(name) ? [path] : [];
  });
}

/** Expands `{a,b}` alternatives and turns `*` into a pattern that stays within a folder. */
function globPattern(glob: string): RegExp {
  const alternatives = glob.replace(/\{([^}]*)\}/g, (_, inner: string) => `(${inner.split(',').join('|')})`);
  const escaped = alternatives.replace(/[.+?^$[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

/** The paths NOTICE names, each as a pattern. */
export function noticeEntries(notice: string): RegExp[] {
  return notice
    .split('\n')
    .filter((line) => !line.startsWith(' '))
    .map((line) => ENTRY.exec(line.trim())?.[1])
    .filter((paths): paths is string => paths !== undefined)
    .flatMap((paths) => paths.split(/,\s+(?![^{]*\})/).map(globPattern));
}

const notice = readFileSync(join(ROOT, 'NOTICE'), 'utf8');
const shipped = DATA_FOLDERS.flatMap((folder) => files(join(ROOT, folder))).map((path) => relative(ROOT, path));

describe('every data file Sticky ships has a source and a licence it may ship under', () => {
  test('NOTICE names each data file', () => {
    const entries = noticeEntries(notice);
    const unnamed = shipped.filter((path) => !entries.some((entry) => entry.test(path)));
    expect(unnamed).toEqual([]);
  });

  test('the entry reader finds entries and globs, and misses a file with none', () => {
    const entries = noticeEntries('a/b.json, a/{x,y}/*.json (all lists)\n  a/c.json is only mentioned here\nprose, not/a path line\n');
    const named = (path: string): boolean => entries.some((entry) => entry.test(path));
    expect(['a/b.json', 'a/x/list.json', 'a/y/other.json'].every(named)).toBe(true);
    expect(named('a/c.json')).toBe(false);
    expect(named('a/x/deeper/list.json')).toBe(false);
  });

  test('no data file says it comes from a non-commercial or no-derivatives source', () => {
    const offending = shipped.filter((path) => {
      if (!path.endsWith('.json')) return false;
      const data = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
      // A table says where it comes from at its top; a rule file per language of its words.
      const lists = [data, ...Object.values((data['words'] ?? {}) as Record<string, Record<string, unknown>>)];
      return lists.some((list) => FORBIDDEN_SOURCE.test(`${String(list['source'] ?? '')} ${String(list['licence'] ?? '')}`));
    });
    expect(offending).toEqual([]);
  });

  test('NOTICE credits no forbidden source as one Sticky ships', () => {
    // The one paragraph that names them says they are not used.
    const credited = notice
      .split('\n\n')
      .filter((paragraph) => FORBIDDEN_SOURCE.test(paragraph) && !/^No word data in Sticky comes from/.test(paragraph));
    expect(credited).toEqual([]);
  });

  test("the rules' word lists are Sticky's own (MIT), and NOTICE names their folder", () => {
    const rules = shipped.filter((path) => path.startsWith('src/main/engine/rules/catalogue/'));
    expect(rules.length).toBeGreaterThan(30);
    const words = rules.map(
      (path) => (JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { words?: Record<string, { licence: string }> }).words,
    );
    // Every list written for Sticky says so; none is taken from elsewhere without a NOTICE entry of its own.
    for (const list of words.flatMap((byLang) => Object.values(byLang ?? {}))) expect(list.licence).toBe('MIT (part of Sticky)');
  });

  test('the word norms come from the sources NOTICE names', () => {
    for (const lang of ['en', 'nl']) {
      const rare = JSON.parse(readFileSync(join(ROOT, `src/main/engine/lexicon/${lang}/rare-words.json`), 'utf8')) as { source: string };
      expect(rare.source).toMatch(/FrequencyWords/);
    }
    const concrete = JSON.parse(readFileSync(join(ROOT, 'src/main/engine/lexicon/en/concreteness.json'), 'utf8')) as { source: string };
    expect(concrete.source).toMatch(/Glasgow/);
  });
});
