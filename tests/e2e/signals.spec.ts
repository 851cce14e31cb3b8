import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { analyseTalk } from '../../src/main/engine/analyse';
import type { Contribution, SectionAnalysis } from '../../src/shared/analysis';
import { MEASURES, RULES } from '../../src/shared/signals';
import { en } from '../../src/renderer/src/lib/messages/en';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, SAMPLES_DIR, SCREENSHOTS, test } from './harness';

const EN = join(SAMPLES_DIR, 'lead-your-leaders.md');
const NL = join(SAMPLES_DIR, 'de-klant-aan-tafel.nl.md');

/** The text of every highlighted phrase in the section, in reading order. */
const highlights = (page: Page): Promise<string[]> =>
  page
    .getByTestId('section-text')
    .locator('button.mark')
    .evaluateAll((marks) => marks.map((mark) => (mark.textContent ?? '').trim()));

/** Every contribution of a section, principles first, with the score or risk it belongs to. */
const rowsOf = (section: SectionAnalysis): [string, Contribution][] => [
  ...Object.entries(section.explain).flatMap(([id, rows]) => rows.map((row): [string, Contribution] => [id, row])),
  ...Object.entries(section.blindSpots).flatMap(([id, spot]) => spot.contributions.map((row): [string, Contribution] => [id, row])),
];

/** Unfolds a score's or risk's group under "Why these scores" and returns it. */
async function group(page: Page, id: string) {
  const details = page.getByTestId('why').locator(`details[data-group="${id}"]`);
  await details.locator('summary').click();
  return details;
}

async function openSection(page: Page, id: string): Promise<void> {
  await page.getByTestId('tab-coach').click({ timeout: 15_000 });
  await page.locator(`tr[data-section="${id}"] .row-button`).click();
  await expect(page.getByTestId('section-detail')).toBeVisible();
}

test('why these scores: a contribution shows only its own words, where they come from, and clears again', async ({ sticky }) => {
  await sticky.start();
  const { page } = sticky;
  await openSection(page, 'the-valentine-s-email');
  const valentine = analyseTalk(readFileSync(EN, 'utf8')).analysis.sections.find((section) => section.id === 'the-valentine-s-email')!;
  const pastTense = valentine.findings.filter((finding) => finding.signal === 'past-tense').map((finding) => finding.actual!);
  const everyday = await highlights(page);
  expect(everyday).toContain('2013'); // the "All" filter shows the time marker, and no past tense
  expect(everyday).not.toContain('rang');

  const why = page.getByTestId('why');
  const rate = valentine.metrics['past-tense']!;
  const row = (await group(page, 'stories')).getByRole('button', { name: `past tense /100 words: ${rate} ` });
  await row.click();
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  // Only the past tense is highlighted: exactly the engine's past-tense findings, nothing else.
  await expect.poll(() => highlights(page)).toEqual(pastTense);
  const evidence = page.getByTestId('signal-evidence');
  const was = pastTense.filter((word) => word.toLowerCase() === 'was').length;
  await expect(evidence).toContainText(`Found in this section (${pastTense.length}):`);
  await expect(evidence.locator('li', { hasText: /^was/ })).toHaveText(`was ×${was}`);
  await expect(page.getByTestId('signal-source')).toHaveText('Words from rules/catalogue/past-tense.json · rule rules/past-tense.ts');
  await expect(page.getByTestId('signal-chip')).toHaveText('past tense ✕');
  await expectNoSeriousA11yViolations(page, 'section detail with a picked signal');
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-signal-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-signal-dark.png') });
  await expectNoSeriousA11yViolations(page, 'section detail with a picked signal, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Clicking again clears it: the filter's highlights are back.
  await row.click();
  await expect(row).toHaveAttribute('aria-pressed', 'false');
  await expect(evidence).toHaveCount(0);
  await expect.poll(() => highlights(page)).toEqual(everyday);

  // From the keyboard, a word list read in code: Enter picks it, Esc clears it and keeps the section open.
  const concrete = (await group(page, 'concrete')).getByRole('button', { name: /^concrete words \/100 words/ });
  await concrete.focus();
  await page.keyboard.press('Enter');
  await expect(concrete).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('signal-source')).toHaveText('Words from lexicon/en/concreteness.json · rule rules/concreteness.ts');
  await expect.poll(() => highlights(page)).toContain('roses');
  await page.keyboard.press('Escape');
  await expect(concrete).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('section-detail')).toBeVisible();

  // A measure has no words: it says what it is. A score links to that principle's own explanation.
  const [measureOf, measure] = rowsOf(valentine).find(([, row]) => (MEASURES as readonly string[]).includes(row.signal))!;
  const measureName = en[`signal.${measure.signal as (typeof MEASURES)[number]}`];
  await (await group(page, measureOf)).getByRole('button', { name: `${measureName}: ${measure.value} ` }).click();
  await expect(evidence).toContainText(`${measureName}: ${valentine.metrics[measure.signal]}`);
  await expect(evidence).toContainText(en[`about.${measure.signal as 'words'}`].slice(0, 20));
  await expect.poll(() => highlights(page)).toEqual([]);
  // A risk built on a score links to that principle's own explanation: the first such row here
  // (too boring's is the strongest of Unexpected, Emotional and Stories, when it counts at all).
  const [riskOf, score] = rowsOf(valentine).find(([, row]) => row.signal.startsWith('score:'))!;
  const engaging = score.signal === 'score:engaging';
  const principle = engaging
    ? (['unexpected', 'emotional', 'stories'] as const).reduce((best, id) => (valentine.scores[id] > valentine.scores[best] ? id : best))
    : (score.signal.slice('score:'.length) as keyof typeof valentine.scores);
  const value = valentine.scores[principle];
  const name = en[`principle.${principle}`];
  expect(score.value).toBe(value);
  const label = engaging ? en['signal.engaging'] : `${name} score`;
  await (await group(page, riskOf)).getByRole('button', { name: `${label}: ${value} ` }).click();
  await evidence.getByRole('button', { name: `Why ${name} is ${value}` }).click();
  await expect(why.locator(`details[data-group="${principle}"]`)).toHaveAttribute('open', '');
  await expect(page.locator(`#why-${principle}`)).toBeFocused();
});

test('a signal with nothing in the section says so', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true, lastFile: EN } });
  const { page } = sticky;
  await page.getByTestId('tab-coach').click({ timeout: 15_000 });
  await page.getByTestId('variant-60').click();
  // A rule that counts for a score although the section has none of its words ("I" against too unpersonal).
  const sections = analyseTalk(readFileSync(EN, 'utf8')).analysis.sections;
  const [section, from, row] = sections
    .flatMap((section) => rowsOf(section).map(([from, row]) => [section, from, row] as const))
    .find(([section, , row]) => row.signal in RULES && !section.findings.some((finding) => finding.signal === row.signal))!;
  const name = RULES[row.signal as keyof typeof RULES].label.en;
  await openSection(page, section.id);
  await (await group(page, from)).getByRole('button', { name: `${name} /100 words: ${row.value} ` }).click();
  await expect(page.getByTestId('signal-evidence')).toContainText(`Sticky found nothing for “${name}” in this section`);
  await expect(page.getByTestId('signal-source')).toContainText(`rules/catalogue/${row.signal}.json`);
  await expect.poll(() => highlights(page)).toEqual([]);
});

test('in the Dutch interface the signals have Dutch names, and the Dutch talk its Dutch word lists', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true, lastFile: NL, uiLanguage: 'nl' } });
  const { page } = sticky;
  await openSection(page, 'de-brief-van-mevrouw-bakker');
  const why = page.getByTestId('why');
  await group(page, 'stories');
  await expect(why).toContainText('verleden tijd /100 woorden');
  await why.getByRole('button', { name: /^ik-vorm \/100 woorden/ }).click();
  await expect(page.getByTestId('signal-chip')).toHaveText('ik-vorm ✕');
  await expect(page.getByTestId('signal-source')).toHaveText('Woorden uit rules/catalogue/first-singular.json');
  await expect.poll(() => highlights(page)).toContain('ik');
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-signal-dutch.png') });
  await expectNoSeriousA11yViolations(page, 'Dutch section detail with a picked signal');
});
