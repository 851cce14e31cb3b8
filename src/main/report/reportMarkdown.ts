import { BLIND_SPOTS, ELEMENTS, PRINCIPLES } from '../../shared/analysis';
import type { ReportData, ReportNote, ReportSection } from './reportData';
import { undoubled } from './reportEvidence';
import { planVerdict, variantTitle } from './reportPlanHtml';
import { quoted, tagName } from './reportSectionsHtml';
import { fillWords, REPORT_WORDS, type ReportWords } from './reportWords';

/**
 * Text from the talk or a note, made inert in Markdown: HTML characters escaped (a renderer shows
 * them, never runs them), line breaks folded, and table pipes escaped.
 */
export function inert(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function noteLines(data: ReportData, words: ReportWords, { note, placement, words: now, changed }: ReportNote): string[] {
  const where = placement.status === 'orphaned' ? ` · ${fillWords(words.usedToBe, { section: inert(note.anchor.sectionTitle) })}` : '';
  const state = note.resolved ? `${words.resolved} (${inert(note.resolved.by)})` : words.open;
  return [
    `> ${inert(quoted(now ?? note.anchor.exact))}`,
    ...(changed ? ['>', `> ${words.was}: ~~${inert(quoted(note.anchor.exact))}~~`] : []),
    '',
    `${inert(note.text)}  `,
    `*${inert(note.author)} · ${tagName(data, note.tag)} · ${note.created.slice(0, 10)} · ${state}${where}*`,
    ...note.conflicts.map((conflict) => `- ${words.kept}: ${inert(conflict.author)}: ${inert(conflict.text)}`),
    ...note.replies.map((reply) => `- ${inert(reply.author)}: ${inert(reply.text)}`),
    '',
  ];
}

function evidenceLines(data: ReportData, words: ReportWords, section: ReportSection): string[] {
  if (!section.evidence) return [];
  const { strongest, weakest } = section.evidence;
  return [[words.strongest, strongest] as const, [words.weakest, weakest] as const].flatMap(([label, side]) => [
    `**${label}: ${data.principleNames[side.principle]} (${side.score})**`,
    '',
    ...(side.evidence.length > 0 ? side.evidence.map((item) => `- ${inert(item)}`) : [words.noEvidence]),
    '',
  ]);
}

function planLines(data: ReportData): string[] {
  const words = REPORT_WORDS[data.lang];
  return [
    `## ${words.plan}`,
    ...data.plans.flatMap((plan) => [
      '',
      `### ${variantTitle(words, plan)}`,
      '',
      `**${planVerdict(words, plan)}**`,
      '',
      `| ${words.planSection} | ${words.planMinutes} | ${words.planBudget} |`,
      '|---|---:|---:|',
      ...plan.parts.map(
        (part) => `| ${inert(part.title)} | ${part.minutes.toFixed(1)} ${words.minutes} | ${part.budget.toFixed(1)} ${words.minutes} |`,
      ),
      '',
      `**${words.cut}:** ${plan.cut.length > 0 ? plan.cut.map((part) => `${inert(part.title)} (${part.minutes.toFixed(1)} ${words.minutes})`).join(' · ') : words.cutNothing}`,
    ]),
  ];
}

/** The coach's report as Markdown, with the same parts as the HTML. Pure. */
export function renderReportMarkdown(data: ReportData): string {
  const words = REPORT_WORDS[data.lang];
  const out: string[] = [`# ${inert(data.title)}`, ''];
  out.push(
    `*${words.documentTitle}${data.speaker ? ` · ${inert(data.speaker)}` : ''} · ${inert(data.file)} · ${words.generated} ${data.made}*`,
    '',
  );
  out.push(`## ${words.feedback}`, '', `### ${words.whatWorks}`, '', ...data.feedback.works.map((item) => `- ${inert(item)}`), '');
  out.push(`### ${words.workOn}`, '', ...data.feedback.workOn.map((item) => `- ${inert(item)}`), '');
  out.push(`### ${words.challenge}`, '', inert(data.feedback.challenge), '');
  out.push(`## ${words.summary}`, '', `**${words.talkScore}: ${data.score}/100** · ${inert(data.verdict)}`, '');
  if (data.adjusted)
    out.push(fillWords(words.adjusted, { count: data.adjusted.findings, authors: inert(data.adjusted.by.join(', ')) }), '');
  out.push(...PRINCIPLES.map((principle) => `- ${data.principleNames[principle]}: ${data.principles[principle]}`), '');
  out.push(`**${words.mantra}:** ${data.mantra ? inert(data.mantra) : words.noMantra}`, '');
  out.push(
    `## ${words.story}`,
    '',
    `| ${words.element} | ${data.variants.map((variant) => `${variant.variant} ${words.minutes}`).join(' | ')} |`,
  );
  out.push(`|---|${data.variants.map(() => '---').join('|')}|`);
  for (const element of ELEMENTS)
    out.push(
      `| ${data.variants[0]!.elements[element].name} | ${data.variants.map((variant) => (variant.elements[element].present ? `✓ ${words.present}` : `✗ ${words.missing}`)).join(' | ')} |`,
    );
  out.push(
    `| ${words.timing} | ${data.variants.map((variant) => `${variant.minutes.toFixed(1)} / ${variant.target} ${words.minutes}`).join(' | ')} |`,
    '',
  );
  out.push(...planLines(data), '', `## ${words.heatmap}`, '', words.heatmapNote, '');
  const columns = [
    ...PRINCIPLES.map((principle) => data.principleNames[principle]),
    ...BLIND_SPOTS.map((spot) => data.blindSpotNames[spot]),
  ];
  out.push(`| ${words.sections} | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`);
  for (const section of data.sections)
    out.push(
      `| ${inert(section.title)} | ${[
        ...PRINCIPLES.map((principle) => String(section.scores[principle])),
        ...BLIND_SPOTS.map((spot) =>
          section.risks[spot].tooShort ? '–' : `${section.risks[spot].risk}${section.risks[spot].flagged ? ' ⚑' : ''}`,
        ),
      ].join(' | ')} |`,
    );
  // Rehearsals not looked for (the CLI without --runs) are left out: nothing to say to the speaker.
  if (data.runs !== null)
    out.push(
      '',
      `## ${words.rehearsals}`,
      '',
      ...(data.runs.length === 0
        ? [words.noRuns]
        : data.runs.map(
            (run) =>
              `- ${fillWords(words.variant, { variant: run.variant })}: ${(run.total / 60).toFixed(1)} / ${(run.target / 60).toFixed(1)} ${words.minutes}`,
          )),
    );
  if (data.orphans.length > 0) out.push('', `## ${words.orphans}`, '', ...data.orphans.flatMap((note) => noteLines(data, words, note)));
  if (data.staleDismissals.length > 0)
    out.push(
      '',
      `## ${words.staleDismissals}`,
      '',
      ...data.staleDismissals.map(
        (item) => `- ~~${inert(item.actual)}~~ ${fillWords(words.dismissedBy, { author: inert(item.author), reason: inert(item.reason) })}`,
      ),
    );
  out.push('', `## ${words.sections}`, '');
  for (const section of data.sections) {
    out.push(
      `### ${inert(section.title)}`,
      '',
      PRINCIPLES.map((principle) => `${data.principleNames[principle]} ${section.scores[principle]}`).join(' · '),
      '',
    );
    if (section.adjusted)
      out.push(fillWords(words.adjusted, { count: section.adjusted.findings, authors: inert(section.adjusted.by.join(', ')) }), '');
    out.push(...evidenceLines(data, words, section));
    for (const spot of BLIND_SPOTS.filter((item) => section.risks[item].flagged))
      out.push(`- **${section.risks[spot].name}** (${words.risk} ${section.risks[spot].risk}): ${inert(section.risks[spot].fix)}`);
    if (section.notes.length > 0) out.push('', `#### ${words.notes}`, '', ...section.notes.flatMap((note) => noteLines(data, words, note)));
    out.push('', `#### ${words.findings}`, '');
    out.push(
      ...(section.findings.length > 0
        ? section.findings.map(
            (finding) => `- ${finding.actual ? `**${inert(finding.actual)}**: ` : ''}${inert(undoubled(finding.message))}`,
          )
        : [words.noFindings]),
    );
    if (section.dismissed.length > 0)
      out.push(
        '',
        `#### ${words.dismissed}`,
        '',
        ...section.dismissed.map(
          (item) =>
            `- ~~${inert(item.finding.actual ?? '')}~~ ${fillWords(words.dismissedBy, { author: inert(item.author), reason: inert(item.reason) })}`,
        ),
      );
    out.push('');
  }
  return out.join('\n');
}
