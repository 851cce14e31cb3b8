import { parseArgs } from 'node:util';
import { compareDrafts } from '../engine/compare/compareDrafts';
import { formatComparison } from './compareText';
import { argsMessage, type CliIo, guarded, loadDraft, usageError } from './draftCommand';
import { EXIT } from './exitCodes';
import { withoutControls } from './safeText';

/** `sticky compare OLD NEW`: the notes followed are those beside NEW, else those beside OLD. */
export async function runCompare(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (error) {
    return usageError(io, argsMessage(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) return usageError(io, 'name two drafts, the old one first: `sticky compare old.md new.md`.');
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'md', 'json'].includes(format)) return usageError(io, `--format must be text, md or json, not "${format}".`);
  const [oldPath, newPath] = positionals as [string, string];
  let current = oldPath;
  return guarded(
    io,
    () => current,
    async () => {
      const before = await loadDraft(oldPath, io);
      current = newPath;
      const after = await loadDraft(newPath, io);
      const notes = after.notes.sidecar ?? before.notes.sidecar;
      const comparison = compareDrafts(before, after, notes?.notes ?? null);
      io.out(format === 'json' ? JSON.stringify(comparison) : formatComparison(withoutControls(comparison), format === 'md'));
      return EXIT.ok;
    },
  );
}
