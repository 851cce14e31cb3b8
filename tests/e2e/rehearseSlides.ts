import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { Section } from '../../src/shared/talk';
import { expect, SCREENSHOTS } from './harness';

/** Seconds spent on each slide before moving on, on Playwright's fake clock. */
export const SECONDS_PER_SLIDE = 20;

/**
 * Rehearses the given sections slide by slide (Space starts, PageDown moves on), checking each
 * title, prompt line and slide number, with a screenshot of the first; ends on the last slide.
 */
export async function rehearseSlides(page: Page, slides: Section[], screenshot: string): Promise<void> {
  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsal')).toBeVisible();
  await expect(page.getByTestId('rehearsal')).toContainText(`${slides.length} slides · press Space`);
  await page.keyboard.press('Space');
  for (const [index, slide] of slides.entries()) {
    await expect(page.getByTestId('current-section')).toHaveText(slide.title);
    await expect(page.getByTestId('prompt')).toHaveText(slide.prompt);
    await expect(page.getByTestId('section-count')).toHaveText(`Slide ${slide.slide} · ${index + 1} of ${slides.length}`);
    if (index === 0) await page.screenshot({ path: join(SCREENSHOTS, screenshot) });
    await page.clock.fastForward(SECONDS_PER_SLIDE * 1000);
    if (index < slides.length - 1) await page.keyboard.press('PageDown');
  }
  await expect(page.getByTestId('next')).toHaveText('Last slide');
}
