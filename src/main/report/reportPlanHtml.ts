import { html, type SafeHtml } from './html';
import type { ReportData } from './reportData';
import type { ReportPlan } from './reportPlan';
import { fillWords, REPORT_WORDS, type ReportWords } from './reportWords';

/** How a variant's timing lands, in words: "9.2 / 10 min · fits" or "12.4 / 10 min · too long: cut about 290 words". */
export function planVerdict(words: ReportWords, plan: ReportPlan): string {
  const state = plan.fits ? words.fits : plan.deltaMinutes > 0 ? words.over : words.under;
  const fix =
    !plan.fits && plan.wordsToCut > 0
      ? `: ${fillWords(words.toCut, { words: plan.wordsToCut })}`
      : !plan.fits && plan.wordsToAdd > 0
        ? `: ${fillWords(words.toAdd, { words: plan.wordsToAdd })}`
        : '';
  return `${plan.minutes.toFixed(1)} / ${plan.target} ${words.minutes} · ${state}${fix}`;
}

/** "10-minute version", "Versie van 10 minuten": the variant's name as a heading. */
export function variantTitle(words: ReportWords, plan: ReportPlan): string {
  const name = fillWords(words.variant, { variant: plan.variant });
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function variantPlanHtml(words: ReportWords, plan: ReportPlan): SafeHtml {
  return html`<div class="plan">
    <h3>${variantTitle(words, plan)}</h3>
    <p><strong>${planVerdict(words, plan)}</strong></p>
    <table>
      <thead>
        <tr>
          <th scope="col">${words.planSection}</th>
          <th scope="col" class="num">${words.planMinutes}</th>
          <th scope="col" class="num">${words.planBudget}</th>
        </tr>
      </thead>
      <tbody>
        ${plan.parts.map(
          (part) =>
            html`<tr>
              <th scope="row">${part.title}</th>
              <td class="num">${part.minutes.toFixed(1)} ${words.minutes}</td>
              <td class="num">${part.budget.toFixed(1)} ${words.minutes}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p>
      <strong>${words.cut}:</strong>
      ${plan.cut.length > 0 ? plan.cut.map((part) => `${part.title} (${part.minutes.toFixed(1)} ${words.minutes})`).join(' · ') : words.cutNothing}
    </p>
  </div>`;
}

/** The 10/30/60 plan: per variant the sections said with their estimate and share of the time, and the cut list. */
export function planHtml(data: ReportData): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  const [first, ...rest] = data.plans.map((plan) => variantPlanHtml(words, plan));
  return html`<section class="plans">
    <div class="keep">
      <h2>${words.plan}</h2>
      ${first}
    </div>
    ${rest}
  </section>`;
}
