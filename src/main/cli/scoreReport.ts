import { BLIND_SPOTS, ELEMENTS, PRINCIPLES } from '../../shared/analysis';
import type { ScoreJson } from '../../shared/score';
import type { Lang, Variant } from '../../shared/talk';
import { VARIANTS } from '../../shared/talk';
import { COACH } from '../engine/scoring/sectionScores';
import { lowerFirst } from '../engine/scoring/verdict';
import { findingPlace } from './outlineText';
import { fillWords, REPORT_WORDS } from '../report/reportWords';

// Ten section titles fit a terminal line or two.
const MANTRA_SECTIONS_SHOWN = 10;

/** How the report is drawn: plain text (optionally coloured) or Markdown. */
export interface ReportStyle {
  markdown: boolean;
  bold: (text: string) => string;
  dim: (text: string) => string;
  /** Colours a 0-100 score: high is good. */
  score: (value: number) => string;
  warn: (text: string) => string;
}

const pad = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
const quoteList = (items: string[]): string => items.map((item) => `“${item.length > 60 ? `${item.slice(0, 57)}…` : item}”`).join(', ');

function table(style: ReportStyle, header: string[], rows: string[][], widths: number[]): string[] {
  if (style.markdown) {
    return [
      `| ${header.join(' | ')} |`,
      `|${header.map((_cell, index) => (index === 0 || index === header.length - 1 ? '---' : '---:')).join('|')}|`,
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ];
  }
  const line = (cells: string[], colour = (text: string) => text) =>
    `  ${cells.map((cell, index) => (index === 0 ? pad(cell, widths[0]!) : colour(cell.padStart(widths[index]!)))).join(' ')}`;
  return [style.dim(line(header)), ...rows.map((row) => line(row))];
}

/** The coach's first pass over a talk, as text or Markdown, in the talk's language. */
export function formatScoreReport(json: ScoreJson, style: ReportStyle): string {
  const lang: Lang = json.lang;
  const coach = COACH[lang];
  const labels = coach.report;
  const heading = (text: string): string => (style.markdown ? `\n## ${text}\n` : `\n${style.bold(text)}`);
  const story = json.variant ? json.variants[`${json.variant}`] : json.talk;
  const out: string[] = [];
  out.push(style.markdown ? `# ${json.title}\n` : style.bold(json.title));
  out.push(
    style.dim(
      `${json.lang} · ${json.audience} · ${json.words} ${labels.words} · ${json.file}${json.variant ? ` · ${coach.variantLabel.replace('{variant}', String(json.variant))}` : ''}`,
    ),
  );
  out.push(`${style.markdown ? '\n' : ''}${labels.score} ${style.score(story.score).trim()}/100 · ${story.verdict}`);
  if (story.adjusted)
    out.push(style.dim(fillWords(REPORT_WORDS[lang].adjusted, { count: story.adjusted.findings, authors: story.adjusted.by.join(', ') })));
  // A document's own findings (a misspelt tag, an empty section) name where they are in it.
  const located = json.findings.filter((finding) => finding.location !== null);
  if (located.length > 0) {
    out.push(heading(labels.inDocument));
    for (const finding of located)
      out.push(`${style.markdown ? '- ' : '  '}${findingPlace(finding, json)}: ${style.warn(finding.message)}`);
  }

  const principleHeads = PRINCIPLES.map((principle) => coach.principles[principle].slice(0, 3));
  const titleWidth = Math.min(
    40,
    json.sections.reduce((width, section) => Math.max(width, section.title.length), 10),
  );
  const rows = json.sections.map((section) => [
    section.title,
    ...PRINCIPLES.map((principle) => (style.markdown ? String(section.scores[principle]) : style.score(section.scores[principle]))),
    BLIND_SPOTS.filter((spot) => section.blindSpots[spot].flagged)
      .map((spot) => lowerFirst(section.blindSpots[spot].name))
      .join(', '),
  ]);
  out.push(heading(`${labels.section} × SUCCESs`));
  out.push(
    ...table(style, [labels.section, ...principleHeads, labels.flags.toLowerCase()], rows, [titleWidth, ...principleHeads.map(() => 3), 0]),
  );

  out.push(heading(labels.cxStory));
  const sectionTitles = new Map(json.sections.map((section) => [section.id, section.title]));
  const variants: Variant[] = json.variant ? [json.variant] : [...VARIANTS];
  const storyRows = ELEMENTS.map((element) => {
    const marks = variants.map((variant) => (json.variants[`${variant}`].elements[element].present ? '✓' : style.warn('✗')));
    const talkElement = story.elements[element];
    const where = talkElement.present
      ? `${sectionTitles.get(talkElement.sectionId ?? '') ?? talkElement.sectionId}: ${quoteList(talkElement.evidence)}`
      : (talkElement.hint ?? '');
    return [talkElement.name, ...marks, where];
  });
  out.push(
    ...table(style, ['', ...variants.map((variant) => `${variant} ${labels.minutes}`), ''], storyRows, [20, ...variants.map(() => 6), 0]),
  );
  // The ten-minute version is checked hardest (DOMAIN.md section 4): it must hold all four.
  const ten = json.variants['10'].elements;
  const tenMissing = ELEMENTS.filter((element) => !ten[element].present).map((element) => lowerFirst(ten[element].name));
  if (variants.includes(10) && tenMissing.length > 0)
    out.push(style.warn(`  ${labels.tenMinuteRule.replace('{items}', tenMissing.join(', '))}`));

  out.push(heading(labels.flags));
  const flagged = json.sections.flatMap((section) =>
    BLIND_SPOTS.filter((spot) => section.blindSpots[spot].flagged).map((spot) => ({ section, spot })),
  );
  if (flagged.length === 0) out.push(`  ${labels.noFlags}`);
  for (const { section, spot } of flagged) {
    const flag = section.blindSpots[spot];
    out.push(
      `${style.markdown ? '- ' : '  '}${style.bold(`${section.title} · ${flag.name}`)} (${flag.risk}/100)${flag.examples.length > 0 ? `: ${quoteList(flag.examples)}` : ''}`,
    );
    out.push(`${style.markdown ? '  ' : '     '}${labels.fix}: ${flag.fix}`);
  }

  out.push(heading(labels.mistakes));
  if (story.mistakes.length === 0) out.push(`  ${labels.noMistakes}`);
  for (const mistake of story.mistakes)
    out.push(
      `${style.markdown ? '-' : '  -'} ${mistake.message}${mistake.evidence.length > 0 && mistake.id !== 'open-door' ? style.dim(` (${mistake.evidence.join('; ')})`) : ''}`,
    );

  const mantra = json.talk.mantra;
  out.push(heading(labels.mantra));
  if (!mantra.text) {
    out.push(`  ${labels.noMantra}`);
    if (mantra.suggestion) out.push(`  ${labels.mantraSuggestion} “${mantra.suggestion}”`);
  } else {
    // A mantra heard in thousands of sections is named by its first few (a report, not a dump).
    const titles = new Map(json.sections.map((section) => [section.id, section.title]));
    const named = mantra.sections.slice(0, MANTRA_SECTIONS_SHOWN).map((id) => titles.get(id) ?? id);
    const more = mantra.sections.length - named.length;
    const where = `${named.join(', ')}${more > 0 ? ` (+${more})` : ''}`;
    out.push(`  “${mantra.text}”${mantra.source === 'candidate' ? style.dim(` (${labels.candidate})`) : ''}`);
    out.push(
      `  ${labels.heardIn}: ${where || '—'}${mantra.missingIn.length > 0 ? style.warn(`; ${labels.missingIn}: ${mantra.missingIn.map((variant) => `${variant} ${labels.minutes}`).join(', ')}`) : ''}`,
    );
  }
  return out.join('\n');
}
