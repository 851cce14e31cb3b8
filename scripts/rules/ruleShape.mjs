// The shape of a rule file (src/main/engine/rules/catalogue/<id>.json), checked before anything
// is generated from it: each problem is one line naming the file and the field.
const LANGS = ['en', 'nl'];
const DIMENSIONS = [
  ...['simple', 'unexpected', 'concrete', 'credible', 'emotional', 'stories'],
  ...['tooComplete', 'tooBoring', 'tooConceptual', 'tooCorporate', 'tooUnpersonal', 'tooFunctional'],
  ...['personalStory', 'urgency', 'strategy', 'callToAction'],
];
const isText = (value) => typeof value === 'string' && value.trim().length > 0;
const perLanguage = (value, each) => value !== null && typeof value === 'object' && LANGS.every((lang) => each(value[lang]));
const placeholders = (text) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));

/** What is wrong with one rule file, as lines "<file>: <field> <problem>"; empty when it is sound. */
export function ruleProblems(name, rule) {
  const problems = [];
  const say = (field, problem) => problems.push(`${name}: ${field} ${problem}`);
  if (rule.id !== name.replace(/\.json$/, '')) say('id', `must be the file's name (${name.replace(/\.json$/, '')})`);
  if (!/^[a-z][a-z-]*$/.test(rule.id ?? '')) say('id', 'must be lower-case words joined by hyphens');
  if (!DIMENSIONS.includes(rule.target?.dimension)) say('target.dimension', `must be one of ${DIMENSIONS.join(', ')}`);
  if (!['raise', 'lower', null].includes(rule.target?.direction)) say('target.direction', 'must be "raise", "lower" or null');
  if (!['info', 'warning'].includes(rule.severity)) say('severity', 'must be "info" or "warning"');
  if (!/^docs\/[\w.-]+\.md#[\w-]+$/.test(rule.method ?? ''))
    say('method', 'must point to the coaching method, e.g. docs/coaching-method.md#…');
  if (!perLanguage(rule.label, isText)) say('label', 'needs a name in English and Dutch');
  if (!perLanguage(rule.messages, isText)) say('messages', 'need a message in English and Dutch');
  const thresholds = rule.thresholds ?? {};
  for (const [key, threshold] of Object.entries(thresholds)) {
    if (typeof threshold?.value !== 'number') say(`thresholds.${key}.value`, 'must be a number');
    if (!isText(threshold?.why)) say(`thresholds.${key}.why`, 'must say where the number comes from');
  }
  const allowed = new Set(['actual', 'count', 'valence', ...Object.keys(thresholds)]);
  const messages = [rule.messages, ...Object.values(rule.variants ?? {})];
  for (const message of messages)
    for (const lang of LANGS)
      for (const key of placeholders(message?.[lang] ?? '')) if (!allowed.has(key)) say('messages', `use {${key}}, which is no threshold`);
  if (rule.code !== undefined && !/^[a-zA-Z-]+$/.test(rule.code)) say('code', 'must name a module in src/main/engine/rules/');
  if (rule.words !== undefined) {
    for (const lang of LANGS) {
      const list = rule.words[lang];
      if (!isText(list?.source) || !isText(list?.licence)) say(`words.${lang}`, 'needs a source and a licence');
      if (!Array.isArray(list?.entries) || !list.entries.every((entry) => isText(entry?.phrase)))
        say(`words.${lang}.entries`, 'must be a list of { "phrase": … }');
    }
  }
  if (rule.words === undefined && rule.code === undefined) say('words', 'are needed by a rule with no code');
  if (rule.term !== undefined) {
    if (typeof rule.term.full !== 'number' || rule.term.full <= 0) say('term.full', 'must be a positive rate per 100 words');
    if (typeof rule.term.points !== 'number') say('term.points', 'must be a number of points');
    if (!isText(rule.term.why)) say('term.why', 'must say where the numbers come from');
    if (rule.target?.direction === null) say('term', 'needs a target that raises or lowers a score');
  }
  for (const lang of LANGS) {
    const examples = rule.examples?.[lang];
    if (!Array.isArray(examples?.match) || examples.match.length === 0 || !examples.match.every(isText))
      say(`examples.${lang}.match`, 'needs at least one sentence the rule must find');
    if (!Array.isArray(examples?.noMatch) || examples.noMatch.length === 0 || !examples.noMatch.every(isText))
      say(`examples.${lang}.noMatch`, 'needs at least one sentence the rule must not find');
  }
  return problems;
}
