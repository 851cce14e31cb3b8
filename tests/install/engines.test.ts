import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/freshProject';

// README, package.json's `engines` and npm's EBADENGINE warnings must agree: every installed
// package accepts the oldest Node of each supported line, except the few README names as harmless
// on Node 20 (and says why).
interface Lock {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
}

const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as Lock;
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const prose = readme.replace(/\s+/g, ' '); // README as one line, whatever its wrapping

/** Each installed package (by name, as often as it is installed) with the Node range it declares. */
function declaredRanges(): [string, string][] {
  return Object.entries(lock.packages).flatMap(([path, entry]): [string, string][] => {
    const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (path === '' || node === undefined) return [];
    return [[path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), node]];
  });
}

/** The packages whose range leaves out `version`: those npm warns about there. */
function warnedOn(version: string): string[] {
  const warned = declaredRanges().filter(([, range]) => !satisfies(version, range));
  return [...new Set(warned.map(([name]) => name))].sort();
}

/** The packages README's paragraph on the EBADENGINE warnings names (backticked, in its bullets). */
function harmlessInReadme(): string[] {
  const start = readme.search(/`npm install`\s+warns\s+`EBADENGINE`/);
  const bullets = readme.slice(start, readme.indexOf('\n\n', readme.indexOf('\n- ', start) + 1));
  const names = [...bullets.matchAll(/^- (.+?):/gm)].flatMap((line) =>
    [...(line[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(names)].sort();
}

describe('Node versions', () => {
  const lines = manifest.engines.node.split('||').map((range) => minVersion(range.trim())?.version ?? range);

  it('engines names the oldest Node of each supported line, and README says the same', () => {
    expect(lines).toEqual(['20.19.0', '22.13.0', '24.0.0']);
    expect(prose).toContain('Node.js 20.19 or later on the 20 line, 22.13 or later on the 22 line, or 24 and later');
  });

  it('on Node 22.13 and 24 no installed package asks for another Node', () => {
    expect(warnedOn('22.13.0')).toEqual([]);
    expect(warnedOn('24.0.0')).toEqual([]);
  });

  it('on Node 20.19 npm warns only about the packages README explains', () => {
    const warned = warnedOn('20.19.0');
    expect(warned.length).toBeGreaterThan(0);
    expect(warned).toEqual(harmlessInReadme());
    expect(prose).toContain(
      `warns \`EBADENGINE\` for ${['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][warned.length]} packages`,
    );
  });
});
