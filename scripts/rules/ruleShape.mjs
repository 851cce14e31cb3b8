// The shape of a rule file (src/main/engine/rules/catalogue/<id>.json), checked before anything
// is generated from it: each problem is one line naming the file and the field.
const LANGS = ['en', 'nl'];
// The same lists as src/shared/target.ts (TARGET_DIMENSIONS; tests/unit/engine/catalogue.test.ts keeps them equal).
const ELEMENTS = ['personalStory', 'urgency', 'strategy', 'callToAction'];
/** Every dimension a rule may move: principles, blind spots, CX Story elements. */
export const DIMENSIONS = [
  ...['simple', 'unexpected', 'concrete', 'credible', 'emotional', 'stories'],
  ...['tooComplete', 'tooBoring', 'tooConceptual', 'tooCorporate', 'tooUnpersonal', 'tooFunctional'],
  ...ELEMENTS,
];
const KEYS = {
  rule: [
    'id',
    'target',
    'severity',
    'method',
    'label',
    'messages',
    'variants',
    'thresholds',
    'code',
    'reads',
    'words',
    'phrases',
    'term',
    'examples',
  ],
  target: ['dimension', 'direction'],
  term: ['full', 'points', 'why'],
  threshold: ['value', 'why'],
  entry: ['phrase', 'swap'],
};
/** Keys of an object that a shape does not know: a typo never passes in silence. */
const unknownKeys = (value, known) =>
  value !== null && typeof value === 'object' ? Object.keys(value).filter((key) => !known.includes(key)) : [];
const isText = (value) => typeof value === 'string' && value.trim().length > 0;
const perLanguage = (value, each) => value !== null && typeof value === 'object' && LANGS.every((lang) => each(value[lang]));
const placeholders = (text) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));

/** What is wrong with one rule file, as lines "<file>: <field> <problem>"; empty when it is sound. */
export function ruleProblems(name, rule) {
  const problems = [];
  const say = (field, problem) => problems.push(`${name}: ${field} ${problem}`);
  for (const key of unknownKeys(rule, KEYS.rule)) say(key, 'is no field of a rule file (a typo?)');
  for (const key of unknownKeys(rule.target, KEYS.target)) say(`target.${key}`, 'is no field of a target');
  for (const key of unknownKeys(rule.term, KEYS.term)) say(`term.${key}`, 'is no field of a term');
  if (rule.phrases !== undefined && typeof rule.phrases !== 'boolean') say('phrases', 'must be true or false');
  if (rule.id !== name.replace(/\.json$/, '')) say('id', `must be the file's name (${name.replace(/\.json$/, '')})`);
  if (!/^[a-z][a-z-]*$/.test(rule.id ?? '')) say('id', 'must be lower-case words joined by hyphens');
  if (!DIMENSIONS.includes(rule.target?.dimension)) say('target.dimension', `must be one of ${DIMENSIONS.join(', ')}`);
  if (!['raise', 'lower', null].includes(rule.target?.direction)) say('target.direction', 'must be "raise", "lower" or null');
  else if (ELEMENTS.includes(rule.target?.dimension) !== (rule.target?.direction === null))
    say('target.direction', 'is null for a CX Story element and "raise" or "lower" for a score');
  if (!['info', 'warning'].includes(rule.severity)) say('severity', 'must be "info" or "warning"');
  if (!/^docs\/[\w.-]+\.md#[\w-]+$/.test(rule.method ?? ''))
    say('method', 'must point to the coaching method, e.g. docs/coaching-method.md#…');
  if (!perLanguage(rule.label, isText)) say('label', 'needs a name in English and Dutch');
  if (!perLanguage(rule.messages, isText)) say('messages', 'need a message in English and Dutch');
  const thresholds = rule.thresholds ?? {};
  for (const [key, threshold] of Object.entries(thresholds)) {
    if (typeof threshold?.value !== 'number') say(`thresholds.${key}.value`, 'must be a number');
    if (!isText(threshold?.why)) say(`thresholds.${key}.why`, 'must say where the number comes from');
    for (const extra of unknownKeys(threshold, KEYS.threshold)) say(`thresholds.${key}.${extra}`, 'is no field of a threshold');
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
      if (!Array.isArray(list?.entries) || !list.entries.every((entry) => isText(entry?.phrase))) {
        say(`words.${lang}.entries`, 'must be a list of { "phrase": … }');
        continue;
      }
      for (const entry of list.entries)
        for (const key of unknownKeys(entry, KEYS.entry)) say(`words.${lang}.entries`, `"${entry.phrase}" has no field "${key}"`);
      const seen = new Set();
      for (const { phrase } of list.entries) {
        if (seen.has(phrase.toLowerCase())) say(`words.${lang}.entries`, `list "${phrase}" twice`);
        seen.add(phrase.toLowerCase());
      }
      // A list matched as phrases has entries only; a list its code reads may carry more word sets.
      if (rule.code === undefined)
        for (const key of unknownKeys(list, ['source', 'licence', 'entries'])) say(`words.${lang}.${key}`, 'is read by no code');
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
