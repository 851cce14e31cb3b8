// The same 5 MB limit the main process enforces, checked before reading a dropped file into memory.
const MAX_DROP_BYTES = 5 * 1024 * 1024;

/** Why a file dropped without a known path cannot be opened, or null when it can. */
export function droppedTalkProblem(file: { name: string; size: number }): string | null {
  // A document is read by the main process from its path; without one, it cannot be opened.
  if (/\.(docx|odt)$/i.test(file.name))
    return `"${file.name}" cannot be opened from here; open it with Open talk… or drop it from your file manager.`;
  // Check the name before reading: a dropped video should not be read into memory.
  if (!/\.(md|markdown|mdown|mkd|txt)$/i.test(file.name))
    return `"${file.name}" is not a Markdown talk. Sticky opens .md, .markdown and .txt files.`;
  if (file.size > MAX_DROP_BYTES) return `"${file.name}" is larger than 5 MB. Talks are much smaller; is this the right file?`;
  return null;
}
