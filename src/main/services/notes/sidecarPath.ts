import { existsSync } from 'node:fs';
import { sidecarOwner } from '../../../shared/schema/sidecar';
import { MAX_SIDECAR_BYTES, readTextCappedSync } from '../cappedRead';
import { basename, dirname, extname, join } from 'node:path';

/** The ending every sidecar file name has. */
export const SIDECAR_SUFFIX = '.sticky.json';

/** Which talk file a sidecar says it belongs to (its schema's `talk`), or null when it cannot be read. */
function ownerOf(path: string): string | null {
  try {
    return sidecarOwner(JSON.parse(readTextCappedSync(path, MAX_SIDECAR_BYTES)), '').talk;
  } catch {
    return null;
  }
}

/**
 * The sidecar of a talk: `talk.md` and `talk.docx` both get `talk.sticky.json`, the name a coach
 * expects. When two talks share a name (`a.md` and `a.docx` in one folder), the short name belongs
 * to the talk it names inside (`"talk": "a.md"`), and the other talk gets `a.docx.sticky.json`,
 * so their notes never mix. A short sidecar naming a talk that no longer exists (renamed, or
 * exported to another format) is taken over; an unreadable one is
 * reported to whichever talk opens it, and never overwritten.
 */
export function sidecarPathFor(talkPath: string): string {
  const name = basename(talkPath);
  const folder = dirname(talkPath);
  const short = join(folder, `${basename(name, extname(name))}${SIDECAR_SUFFIX}`);
  if (!existsSync(short)) {
    const long = join(folder, `${name}${SIDECAR_SUFFIX}`);
    return existsSync(long) ? long : short;
  }
  const owner = ownerOf(short);
  // Unreadable: it is this talk's to report (and never overwrite) as much as any other's.
  if (owner === null || owner === name) return short;
  const ownerExists = owner === basename(owner) && existsSync(join(folder, owner));
  return ownerExists ? join(folder, `${name}${SIDECAR_SUFFIX}`) : short;
}
