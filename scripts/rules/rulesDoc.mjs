// docs/rules.md from the rule files: one section per rule (its anchor is the rule's id, which is
// what a finding's `source` points to), with what it moves, its messages, thresholds and examples.
const DIRECTION = { raise: 'raises', lower: 'lowers' };
const quote = (text) => `“${text}”`;

function moves(rule) {
  const { dimension, direction } = rule.target;
  return direction === null ? `shows the CX Story's \`${dimension}\`` : `${DIRECTION[direction]} \`${dimension}\``;
}

// A message as a listener reads it: thresholds filled in, `{actual}` and `{count}` left to the finding.
const filled = (rule, text) => text.replace(/\{(\w+)\}/g, (whole, key) => String(rule.thresholds?.[key]?.value ?? whole));

function section(rule) {
  const lines = [
    `## ${rule.id}`,
    '',
    `**${rule.label.en}** (${rule.label.nl}): ${moves(rule)}, severity ${rule.severity}. Method: [${rule.method.split('#')[0].replace('docs/', '')}](${rule.method.replace('docs/', '')}).`,
    '',
  ];
  lines.push(`- Message: ${quote(filled(rule, rule.messages.en))} / ${quote(filled(rule, rule.messages.nl))}`);
  for (const [name, variant] of Object.entries(rule.variants ?? {}))
    lines.push(`- Message (${name}): ${quote(filled(rule, variant.en))} / ${quote(filled(rule, variant.nl))}`);
  for (const [name, threshold] of Object.entries(rule.thresholds ?? {}))
    lines.push(`- Threshold \`${name}\` = ${threshold.value}: ${threshold.why}`);
  if (rule.code) lines.push(`- Code: \`src/main/engine/rules/${rule.code}.ts\``);
  if (rule.words)
    lines.push(`- Words: ${rule.words.en.entries.length} English, ${rule.words.nl.entries.length} Dutch (${rule.words.en.licence})`);
  if (rule.reads?.length) lines.push(`- Also reads: ${rule.reads.map((name) => `\`${name}\``).join(', ')}`);
  if (rule.term)
    lines.push(`- Own score term: full at ${rule.term.full} per 100 words, ${rule.term.points} points until fitted. ${rule.term.why}`);
  for (const lang of ['en', 'nl']) {
    const examples = rule.examples[lang];
    lines.push(
      `- ${lang === 'en' ? 'English' : 'Dutch'}: finds ${examples.match.map(quote).join(' · ')}; not ${examples.noMatch.map(quote).join(' · ')}`,
    );
  }
  return [...lines, ''].join('\n');
}

/** The Markdown of docs/rules.md for the given rule files. */
export function rulesMarkdown(rules) {
  const head = [
    '# Rules',
    '',
    'Every rule the engine runs, generated from its file in `src/main/engine/rules/catalogue/` by `npm run rules` (do not edit this page).',
    "A finding's `source` in `sticky score --json` points to its rule's section here. How a rule's findings become scores: [scoring.md](scoring.md); how to add one: [CONTRIBUTING.md](../CONTRIBUTING.md#adding-a-rule).",
    '',
    '| Rule | Moves | Code |',
    '| --- | --- | --- |',
    ...rules.map((rule) => `| [${rule.id}](#${rule.id}) | ${moves(rule)} | ${rule.code ? `\`${rule.code}.ts\`` : 'word list'} |`),
    '',
  ];
  return [...head, ...rules.map(section)].join('\n');
}
