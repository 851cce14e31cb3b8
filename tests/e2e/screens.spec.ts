import { join } from 'node:path';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, ROOT, SAMPLES_DIR, test, type StickyHarness } from './harness';

// The sizes issue 26 names: the smallest laptop window Sticky supports and a large one (the other
// browser tests run at 1280x860).
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1440, height: 900 },
] as const;
// Under test-results (ignored by git): a person looks at every one of them after a change to a screen.
const SHOTS = join(ROOT, 'test-results/screens');
const LANGS = ['en', 'nl'] as const;
const THEMES = ['light', 'dark'] as const;
const SAMPLE = { en: join(SAMPLES_DIR, 'lead-your-leaders.md'), nl: join(SAMPLES_DIR, 'de-klant-aan-tafel.nl.md') };

// Common words of each language that the other never uses: an English talk in the English
// interface shows none of the Dutch ones, and the reverse. ("de" is left out for "Nienke de Vries", "of" and "over" are Dutch words too.)
const FOREIGN = {
  en: /\b(het|een|van|je|jouw|niet|wordt|voor|met|deze|woorden|minuten|regel|sectie|versie|geschat|dia|nog|hier|geen|naar|ook|zijn|wat|bij|dat|notities|repetitie)\b/gi,
  nl: /\b(the|and|with|your|you|words|minutes|line|slide|estimated|version|section|fits|under|too|this|that|here|yet|not|what|which|will|have|has|from|there|when|where|notes|run)\b/gi,
} as const;
// Thousands written the other language's way ("3,541" on a Dutch screen, "3.541" on an English one).
const FOREIGN_NUMBER = { en: /\b\d{1,3}(\.\d{3})+\b/g, nl: /\b\d{1,3}(,\d{3})+\b/g } as const;
// The samples' own titles are listed on the first screen in their own language, by design.
const SAMPLE_TITLES = ['Lead your leaders', 'De klant aan tafel'];

/** Screenshots the page under a name, runs axe on it, and (with a language) scans it for the other language. */
async function shoot(sticky: StickyHarness, name: string, lang?: 'en' | 'nl'): Promise<void> {
  await sticky.page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await expectNoSeriousA11yViolations(sticky.page, name);
  if (!lang) return;
  let text = await sticky.page.locator('body').innerText();
  for (const title of SAMPLE_TITLES) text = text.replaceAll(title, '');
  expect(text.match(FOREIGN[lang]) ?? [], `${name}: words of the other language`).toEqual([]);
  expect(text.match(FOREIGN_NUMBER[lang]) ?? [], `${name}: numbers written the other language's way`).toEqual([]);
}

for (const lang of LANGS) {
  for (const theme of THEMES) {
    for (const size of SIZES) {
      const tag = `${lang}-${theme}-${size.width}x${size.height}`;
      test(`every main screen, ${tag}`, async ({ sticky }) => {
        test.setTimeout(120_000);
        const { page } = sticky;
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: theme });
        await sticky.start({ settings: { firstRunDone: true, uiLanguage: lang, theme }, clock: true });
        await expect(page.locator('.link-list li')).toHaveCount(2);
        await shoot(sticky, `${tag}-empty`, lang);
        await sticky.talks.open(SAMPLE[lang]);
        await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
        await expect(page.getByTestId('talk-score')).toBeVisible({ timeout: 15_000 });
        await shoot(sticky, `${tag}-plan`, lang);
        // Short names chosen per language: the Dutch "Een" (Eenvoudig cut to three letters) read as "one".
        await expect(page.getByTestId('section-table').locator('thead abbr').first()).toHaveText(lang === 'en' ? 'Sim' : 'Eenv');
        await page.getByTestId('tab-coach').click();
        await expect(page.getByTestId('heatmap')).toBeVisible();
        await shoot(sticky, `${tag}-coach`, lang);
        await page.keyboard.press('j');
        await expect(page.getByTestId('section-detail')).toBeInViewport();
        const mark = page.getByTestId('section-text').locator('button.mark').first();
        await mark.hover();
        await expect(page.getByTestId('inspector')).toBeInViewport();
        await shoot(sticky, `${tag}-section`, lang);
        await page.keyboard.press('?');
        await expect(page.getByRole('dialog')).toBeVisible();
        await shoot(sticky, `${tag}-help`, lang);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await page.getByTestId('open-settings').click();
        await expect(page.getByTestId('settings')).toBeVisible();
        await shoot(sticky, `${tag}-settings`, lang);
        await page.keyboard.press('Escape');
        await page.getByTestId('tab-notes').click();
        await shoot(sticky, `${tag}-notes`, lang);

        // Rehearsing: the running screen, the question on ending it, the report and the history.
        await page.getByTestId('tab-plan').click();
        await page.getByTestId('rehearse').click();
        await expect(page.getByTestId('rehearsal')).toBeVisible();
        await page.keyboard.press('Space');
        await page.clock.fastForward(75_000);
        await shoot(sticky, `${tag}-rehearsal`, lang);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await shoot(sticky, `${tag}-end-question`, lang);
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('report')).toBeVisible();
        // Ended in the first section: the sections not reached have no delta, and no "fits" is claimed.
        await expect(page.locator('[data-testid="report-table"] tbody tr').nth(1).locator('td.delta')).toHaveText('—');
        await expect(page.getByTestId('unfinished')).toBeVisible();
        // Nor time "to spare": the chip says the run ended early.
        await expect(page.getByTestId('ended-early')).toHaveText(lang === 'en' ? 'ended early' : 'vroeg gestopt');
        await shoot(sticky, `${tag}-report`, lang);
        await page
          .getByTestId('report')
          .getByRole('button', { name: lang === 'en' ? 'History' : 'Geschiedenis' })
          .click();
        await expect(page.getByTestId('history')).toBeVisible();
        // The run stopped in its first section: the history does not call it complete.
        await expect(page.getByTestId('history').locator('tbody tr').first()).toContainText(
          lang === 'en' ? 'ended early' : 'vroeg gestopt',
        );
        await shoot(sticky, `${tag}-history`, lang);
      });
    }
  }
}
