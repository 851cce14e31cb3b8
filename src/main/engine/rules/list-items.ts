import { regexMatches } from './regex';
import { codeMatch, type Match, type SectionContext } from './types';

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+\S.*$/gm;

/** Bullet points and numbered items in the section's Markdown: lists are for slides. */
export function listItems(context: SectionContext): Match[] {
  return regexMatches(context.source, LIST_ITEM, (hit) => {
    const start = hit.index + hit[1]!.length;
    const end = hit.index + hit[0].length;
    if (context.masked.slice(start, end).trim() === '') return null; // inside code or a comment
    return codeMatch(context, 'list-items', { start, end, actual: hit[0].trim() });
  });
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { listItems as find };
