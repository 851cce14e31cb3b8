import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The stress script's builders (typed in office.d.mts beside it).
import { pptx, range, slideXml } from '../../scripts/stress-cases/office.mjs';
import { MAX_SLIDES } from '../../src/main/services/office/limits';
import { expect, test } from './harness';

// Main's messages about the talk file, as the window shows them in each interface language.
const SAYS = {
  en: {
    open: 'Open talk…',
    moved: '"gone.md" was moved or deleted. Sticky shows the last version it read; open the file again where it is now.',
    slides:
      '"huge.pptx" has more than 1,000 slides, far more than any talk; Sticky reads decks of up to 1,000 slides. Split it into smaller decks.',
  },
  nl: {
    open: 'Talk openen…',
    moved: '"gone.md" is verplaatst of verwijderd. Sticky toont de laatste versie die het las; open het bestand opnieuw waar het nu staat.',
    slides:
      '"huge.pptx" heeft meer dan 1.000 dia\'s, veel meer dan een talk; Sticky leest presentaties tot 1.000 dia\'s. Splits haar in kleinere presentaties.',
  },
} as const;

for (const lang of ['en', 'nl'] as const) {
  test(`the open talk moved away and a deck of too many slides are told in the interface language (${lang})`, async ({ sticky }) => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-messages-'));
    const talk = join(dir, 'gone.md');
    writeFileSync(talk, '# Gone soon\n\n## Opening\n\nThis talk will be moved away while it is open.\n');
    await sticky.start({ settings: { firstRunDone: true, uiLanguage: lang } });
    await sticky.talks.open(talk);
    const { page } = sticky;
    await expect(page.getByRole('heading', { level: 1, name: 'Gone soon' })).toBeVisible();
    rmSync(talk);
    await expect(page.getByTestId('notice')).toContainText(SAYS[lang].moved, { timeout: 10_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Gone soon' })).toBeVisible();

    const deck = join(dir, 'huge.pptx');
    writeFileSync(deck, pptx({ listed: range(MAX_SLIDES + 1).map(() => 1), slides: { 1: slideXml('One') } }));
    sticky.pickNext(deck);
    await page.getByRole('button', { name: SAYS[lang].open }).first().click();
    await expect(page.getByRole('alert')).toContainText(SAYS[lang].slides, { timeout: 15_000 });
  });
}
