import { describe, expect, test } from 'vitest';
import { analyseTalk, analyseTalkInSteps, SignalCache } from '../../../src/main/engine/analyse';
import { formatFinding } from '../../../src/main/engine/talk/findings';

const STORY_EN = `## The night shift
It was March 2019, a Tuesday night. I was standing in our call centre in Leeds when an agent called Priya took a call from a man named Tom Baker.
"My mother died last week," he said, "and you sent her a birthday card." Priya went quiet. I saw her wipe her eyes.
She stayed on the line for forty minutes. The next morning I printed his words and read them to the board.`;

const ABSTRACT_EN = `## Our CX framework
- Leverage omnichannel touchpoints to optimise the end-to-end customer journey
- Drive customer-centricity through governance, alignment and stakeholder management
- Implement a scalable framework for continuous improvement of experience management
- Ensure the implementation of best practices across the organisation
- Align the operating model with the customer experience management maturity roadmap
- Optimise governance processes for holistic stakeholder alignment and continuous improvement
- Institutionalise a data-driven culture of accountability and operational excellence`;

const STORY_NL = `## De nachtdienst
Het was maart 2019, een dinsdagavond. Ik stond in ons klantcontactcentrum in Zwolle toen medewerker Priya een gesprek kreeg van meneer Bakker.
"Mijn moeder is vorige week overleden," zei hij, "en u stuurde haar een verjaardagskaart." Priya werd stil. Ik zag haar ogen.
Ze bleef veertig minuten aan de lijn. De volgende ochtend printte ik zijn woorden en las ze voor aan de directie.`;

const ABSTRACT_NL = `## Ons CX-raamwerk
- Omnichannel touchpoints optimaliseren voor een naadloze klantreis
- Klantgerichtheid borgen via governance, alignment en stakeholdermanagement
- Implementatie van een schaalbaar raamwerk voor continue verbetering van de klantbeleving
- Best practices organisatiebreed implementeren in het kader van de strategie
- Het besturingsmodel afstemmen op de volwassenheid van het klantbelevingsmanagement en de roadmap
- Governance-processen optimaliseren ten behoeve van holistische stakeholderalignment en continue verbetering
- Een datagedreven cultuur van verantwoordelijkheid en operationele excellentie verankeren`;

function sections(text: string) {
  return analyseTalk(text).analysis.sections;
}

describe.each([
  ['English', STORY_EN, ABSTRACT_EN],
  ['Dutch', STORY_NL, ABSTRACT_NL],
])('%s: a personal story beats abstract CX advice in bullet points', (_lang, story, abstract) => {
  const [storySection, abstractSection] = sections(`${story}\n\n${abstract}\n`);
  test('higher on Stories and Concrete', () => {
    expect(storySection!.scores.stories - abstractSection!.scores.stories).toBeGreaterThanOrEqual(40);
    expect(storySection!.scores.concrete - abstractSection!.scores.concrete).toBeGreaterThanOrEqual(25);
  });
  test('lower on too conceptual and too unpersonal', () => {
    expect(abstractSection!.blindSpots.tooConceptual.risk - storySection!.blindSpots.tooConceptual.risk).toBeGreaterThanOrEqual(30);
    expect(abstractSection!.blindSpots.tooUnpersonal.risk - storySection!.blindSpots.tooUnpersonal.risk).toBeGreaterThanOrEqual(30);
  });
  test('the abstract section is flagged too conceptual, with its own jargon as examples and the fix', () => {
    const flag = abstractSection!.blindSpots.tooConceptual;
    expect(flag.flagged).toBe(true);
    expect(flag.examples.length).toBeGreaterThan(0);
    expect(abstract.toLowerCase()).toContain(flag.examples[0]!.toLowerCase());
    expect(flag.fix.length).toBeGreaterThan(20);
    expect(storySection!.blindSpots.tooConceptual.flagged).toBe(false);
  });
});

describe('findings point at the exact words', () => {
  const text = `## Jargon\n\nOur NPS rose, but the touchpoints stayed the same.\n`;
  const { analysis } = analyseTalk(text);
  const findings = analysis.sections[0]!.findings;

  test('one line per finding, as linters print them', () => {
    expect(findings.filter((finding) => finding.severity !== 'info').map(formatFinding)).toEqual([
      '3:5-3:8 warning “NPS” is CX jargon: your audience hears a label, not a customer. Say what it means for a real customer. jargon.nps',
      '3:23-3:34 warning “touchpoints” is CX jargon: your audience hears a label, not a customer. Say what it means for a real customer. jargon.touchpoint',
    ]);
  });

  test('a full finding object, with suggestions and target', () => {
    const touchpoints = findings.find((finding) => finding.ruleId === 'jargon.touchpoint')!;
    expect(touchpoints).toEqual({
      ruleId: 'jargon.touchpoint',
      signal: 'jargon',
      message: '“touchpoints” is CX jargon: your audience hears a label, not a customer. Say what it means for a real customer.',
      severity: 'warning',
      start: { line: 3, column: 23, offset: 33 },
      end: { line: 3, column: 34, offset: 44 },
      actual: 'touchpoints',
      expected: ['moment', 'contact'],
      target: { dimension: 'tooConceptual', direction: 'raise' },
      source: 'docs/rules.md#jargon',
      sectionId: 'jargon',
      key: 'jargon.touchpoint|jargon|touchpoints|0',
    });
    expect(text.slice(touchpoints.start.offset, touchpoints.end.offset)).toBe('touchpoints');
  });

  test('every finding slices to its actual words, also with CRLF', () => {
    const crlf = `## A\r\n\r\nIt was 2013. "You sent me roses," Margaret said. We leverage synergies!\r\n\r\n## B\r\n\r\n- Our KPI framework\r\n`;
    for (const section of analyseTalk(crlf).analysis.sections) {
      for (const finding of section.findings) expect(crlf.slice(finding.start.offset, finding.end.offset)).toBe(finding.actual);
    }
  });

  test('Dutch words with diacritics match whole words only', () => {
    const nl = analyseTalk('---\nlang: nl\n---\n## A\n\nWe hebben synergie gecreëerd, niet synergieën-achtig gedoe.\n');
    const ids = nl.analysis.sections[0]!.findings.map((finding) => `${finding.ruleId}:${finding.actual}`);
    expect(ids).toContain('corporate.gecreëerd:gecreëerd');
    expect(ids).toContain('corporate.synergie:synergie');
  });
});

describe('ignores', () => {
  const base =
    '## A\n<!-- sticky-ignore: IGNORE -->\n\nOur NPS and our touchpoints, our framework, our KPI dashboards and our governance process.\n';
  const ruleIds = (ignore: string): string[] =>
    analyseTalk(base.replace('IGNORE', ignore)).analysis.sections[0]!.findings.map((finding) => finding.ruleId);

  test('a whole list, one entry of it, or everything that moves a blind spot', () => {
    expect(ruleIds('nothing')).toEqual(expect.arrayContaining(['jargon.nps', 'jargon.touchpoint']));
    expect(ruleIds('jargon')).not.toEqual(expect.arrayContaining(['jargon.nps']));
    const oneWord = ruleIds('jargon.nps');
    expect(oneWord).not.toContain('jargon.nps');
    expect(oneWord).toContain('jargon.touchpoint');
    expect(ruleIds('too-functional').some((id) => id.startsWith('process'))).toBe(false);
  });

  test("a CX Story element's name silences its own rule, not the instructions beside it", () => {
    const ask = '## A\n<!-- sticky-ignore: IGNORE -->\n\nTell your team about one customer. Call one customer this week.\n';
    const ids = (ignore: string): string[] =>
      analyseTalk(ask.replace('IGNORE', ignore)).analysis.sections[0]!.findings.map((finding) => finding.ruleId.split('.')[0]!);
    expect(ids('nothing')).toEqual(expect.arrayContaining(['imperatives', 'call-to-action']));
    for (const name of ['call-to-action', 'callToAction']) {
      expect(ids(name)).not.toContain('call-to-action');
      expect(ids(name)).toContain('imperatives');
    }
    expect(ids('imperatives')).not.toContain('imperatives');
  });

  test("the first release's rule ids still silence their rules", () => {
    const legacy = ruleIds('cx-jargon.nps');
    expect(legacy).not.toContain('jargon.nps');
    expect(legacy).toContain('jargon.touchpoint');
    expect(ruleIds('cx-jargon').some((id) => id.startsWith('jargon.'))).toBe(false);
  });

  test('a silenced blind spot is never flagged; front matter ignore applies to every section', () => {
    const text = `${'## A\n<!-- sticky-ignore: too-functional -->\n\n'}${'Our KPI framework, the process roadmap and the governance dashboard metrics. '.repeat(8)}\n`;
    expect(analyseTalk(text).analysis.sections[0]!.blindSpots.tooFunctional.flagged).toBe(false);
    expect(analyseTalk(text.replace('too-functional', 'nothing')).analysis.sections[0]!.blindSpots.tooFunctional.flagged).toBe(true);
    const frontMatter = analyseTalk(`---\nignore: [too-functional]\n---\n${text.replace('too-functional', 'nothing')}`);
    expect(frontMatter.analysis.sections[0]!.blindSpots.tooFunctional.flagged).toBe(false);
  });
});

test('the audience lens: a board forgives a section without stories, a keynote does not', () => {
  const text = `## Results\n\n${'I see that retention is up 4 percent this quarter according to the finance report. Complaints are down 12 percent. '.repeat(4)}\n`;
  const keynote = analyseTalk(text).analysis.sections[0]!.blindSpots.tooUnpersonal;
  const board = analyseTalk(`---\naudience: board\n---\n${text}`).analysis.sections[0]!.blindSpots.tooUnpersonal;
  expect(keynote.risk).toBe(board.risk);
  expect(keynote.flagged).toBe(true);
  expect(board.flagged).toBe(false);
});

test('sections under 60 words are scored but never flagged', () => {
  const section = sections('## Video\n\nWe now watch a six-minute video from the call centre.\n')[0]!;
  expect(Object.values(section.blindSpots).some((spot) => spot.flagged)).toBe(false);
  expect(section.blindSpots.tooUnpersonal.risk).toBeGreaterThan(50);
});

test('the cache: re-analysis after a one-section edit recomputes only that section', () => {
  const cache = new SignalCache();
  const text = `${STORY_EN}\n\n${ABSTRACT_EN}\n`;
  analyseTalk(text, { cache });
  expect(cache.misses).toBe(2);
  const again = analyseTalk(text.replace('forty minutes', 'fifty minutes'), { cache });
  // The edited section's run of lines is analysed again; the other section is recalled whole.
  expect(cache).toMatchObject({ misses: 3, hits: 0 });
  expect(cache.sections.hits).toBe(1);
  expect(again).toEqual(analyseTalk(text.replace('forty minutes', 'fifty minutes')));
});

test('the cache: a section moved by an edit above it is recalled with its findings placed anew', () => {
  const cache = new SignalCache();
  const text = `${STORY_EN}\n\n${ABSTRACT_EN}\n`;
  analyseTalk(text, { cache });
  // Two lines and a longer sentence above the second section: its lines and offsets all move.
  const edited = text.replace('forty minutes', 'forty long,\nslow minutes.\n\nThen more');
  const again = analyseTalk(edited, { cache });
  expect(cache.sections.hits).toBe(1);
  expect(again).toEqual(analyseTalk(edited));
  const moved = again.analysis.sections.at(-1)!;
  expect(moved.findings.length).toBeGreaterThan(0);
  for (const finding of moved.findings) expect(edited.slice(finding.start.offset, finding.end.offset)).toBe(finding.actual);
});

test('analysis in steps pauses between runs of lines and gives the same result', async () => {
  const text = `${STORY_EN}\n\n${ABSTRACT_EN}\n\n## Long\n\n${'We talked to a customer today and she said it was fine. '.repeat(120)}`;
  let pauses = 0;
  const stepped = await analyseTalkInSteps(text, async () => {
    pauses++;
  });
  expect(stepped).toEqual(analyseTalk(text));
  // Two short sections and one of 1,440 words: at least 2 + 3 runs.
  expect(pauses).toBeGreaterThanOrEqual(5);
});

describe('the mantra', () => {
  test('a front matter mantra is looked for in every variant', () => {
    const text =
      '---\nmantra: Geen vergadering zonder klant.\nlang: nl\n---\n## Een\n<!-- variants: 30 60 -->\n\nDus: geen vergadering zonder klant!\n\n## Twee\n<!-- variants: 10 -->\n\nIets anders.\n';
    expect(analyseTalk(text).analysis.talk.mantra).toMatchObject({
      source: 'front-matter',
      sections: ['een'],
      variants: [30, 60],
      missingIn: [10],
    });
  });
});

test('code in inline <script> and <style> tags is not spoken', () => {
  const { talk } = analyseTalk('## A\n\nHello <style>body { display: none }</style>there <script>var x = 1;</script>friend.\n');
  expect(talk.sections[0]!.words).toBe(3);
});

test('a run-on paragraph with no sentence end is still analysed in steps', async () => {
  let pauses = 0;
  const text = `## Run-on\n\n${'and then we talked to another customer '.repeat(400)}\n`;
  const stepped = await analyseTalkInSteps(text, async () => {
    pauses++;
  });
  expect(stepped.analysis.sections[0]!.metrics['words']).toBe(2800);
  // 2,800 words in steps of about 400: at least five steps, not one.
  expect(pauses).toBeGreaterThanOrEqual(5);
  expect(stepped).toEqual(analyseTalk(text));
});

test('the cache: the same talk saved with CRLF line ends places its findings in the new file', () => {
  const cache = new SignalCache();
  const text = `${STORY_EN}\n\n${ABSTRACT_EN}\n`;
  analyseTalk(text, { cache });
  const crlf = text.replace(/\n/g, '\r\n');
  expect(analyseTalk(crlf, { cache })).toEqual(analyseTalk(crlf));
});
