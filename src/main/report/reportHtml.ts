import { BLIND_SPOTS, ELEMENTS, PRINCIPLES } from '../../shared/analysis';
import { html, SafeHtml } from './html';
import { undoubled } from './reportEvidence';
import type { ReportData } from './reportData';
import { sectionsHtml, orphansHtml, runsHtml } from './reportSectionsHtml';
import { planHtml } from './reportPlanHtml';
import { heatColour, reportCss, type Paper } from './reportStyles';
import { fillWords, REPORT_WORDS } from './reportWords';

// Bars of the principle chart: 100 points over 240 px, 14 px high with 6 px between them.
const BAR_WIDTH = 240;
const BAR_HEIGHT = 14;
const BAR_GAP = 6;
const LABEL_WIDTH = 130;

function principleChart(data: ReportData): SafeHtml {
  const rows = PRINCIPLES.map((principle, index) => {
    const y = index * (BAR_HEIGHT + BAR_GAP);
    const value = data.principles[principle];
    return html`<text x="0" y="${y + BAR_HEIGHT - 3}" font-size="12">${data.principleNames[principle]}</text>
      <rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#eee" class="track" />
      <rect x="${LABEL_WIDTH}" y="${y}" width="${(BAR_WIDTH * value) / 100}" height="${BAR_HEIGHT}" fill="#5a4fcf" class="value" />
      <text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + BAR_HEIGHT - 3}" font-size="12">${value}</text>`;
  });
  const height = PRINCIPLES.length * (BAR_HEIGHT + BAR_GAP);
  const width = LABEL_WIDTH + BAR_WIDTH + 40;
  const label = PRINCIPLES.map((principle) => `${data.principleNames[principle]} ${data.principles[principle]}`).join(', ');
  return html`<svg class="bar" role="img" aria-label="${label}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">
    ${rows}
  </svg>`;
}

function feedbackHtml(data: ReportData): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  const list = (items: string[]) =>
    html`<ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  return html`<h2>${words.feedback}</h2>
    <div class="feedback">
      <div>
        <h3>${words.whatWorks}</h3>
        ${list(data.feedback.works)}
      </div>
      <div>
        <h3>${words.workOn}</h3>
        ${list(data.feedback.workOn)}
      </div>
      <div class="challenge">
        <h3>${words.challenge}</h3>
        <p>${data.feedback.challenge}</p>
      </div>
    </div>`;
}

function summaryHtml(data: ReportData): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  return html`<h2>${words.summary}</h2>
    <p><strong>${words.talkScore}: ${data.score}/100</strong> · ${data.verdict}</p>
    ${data.adjusted ? html`<p class="adjusted">${fillWords(words.adjusted, { count: data.adjusted.findings, authors: data.adjusted.by.join(', ') })}</p>` : ''}
    ${principleChart(data)}
    <p><strong>${words.mantra}:</strong> ${data.mantra ?? words.noMantra}</p>`;
}

function storyHtml(data: ReportData): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  const variantHead = data.variants.map((variant) => html`<th scope="col" class="num">${variant.variant} ${words.minutes}</th>`);
  const elementRows = ELEMENTS.map((element) => {
    const name = data.variants[0]!.elements[element].name;
    return html`<tr>
      <th scope="row">${name}</th>
      ${data.variants.map((variant) => {
        const result = variant.elements[element];
        return html`<td class="num">${result.present ? `✓ ${words.present}` : `✗ ${words.missing}`}</td>`;
      })}
    </tr>`;
  });
  const timing = data.variants.map((variant) => {
    const state = variant.fits ? words.fits : variant.deltaMinutes > 0 ? words.over : words.under;
    return html`<td class="num">${variant.minutes.toFixed(1)} / ${variant.target} ${words.minutes} (${state})</td>`;
  });
  const mistakes = data.variants.flatMap((variant) =>
    variant.mistakes.map(
      (mistake) => html`<li>${fillWords(words.variant, { variant: variant.variant })}: ${undoubled(mistake.message)}</li>`,
    ),
  );
  return html`<h2>${words.story}</h2>
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${words.element}</th>
            ${variantHead}
          </tr>
        </thead>
        <tbody>
          ${elementRows}
          <tr>
            <th scope="row">${words.talkScore}</th>
            ${data.variants.map((variant) => html`<td class="num">${variant.score}</td>`)}
          </tr>
          <tr>
            <th scope="row">${words.timing}</th>
            ${timing}
          </tr>
        </tbody>
      </table>
    </div>
    ${
      mistakes.length > 0
        ? html`<h3>${words.mistakes}</h3>
            <ul>
              ${mistakes}
            </ul>`
        : ''
    }`;
}

/** One heatmap table: sections down, principles or blind spots across (two tables fit a page). */
function heatTable(
  data: ReportData,
  caption: string,
  columns: { name: string; cell: (section: ReportData['sections'][number]) => SafeHtml }[],
): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  return html`<div class="scroll">
    <table class="heatmap">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${words.sections}</th>
          ${columns.map((column) => html`<th scope="col" class="num">${column.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${data.sections.map(
          (section) =>
            html`<tr>
              <th scope="row">${section.title}</th>
              ${columns.map((column) => column.cell(section))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function heatmapHtml(data: ReportData): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  const principles = PRINCIPLES.map((principle) => ({
    name: data.principleNames[principle],
    cell: (section: ReportData['sections'][number]) =>
      html`<td class="num" style="background:${heatColour(section.scores[principle], true)}">${section.scores[principle]}</td>`,
  }));
  const spots = BLIND_SPOTS.map((spot) => ({
    name: data.blindSpotNames[spot],
    cell: (section: ReportData['sections'][number]) => {
      const risk = section.risks[spot];
      // Too few words to judge: no number and no shade (the note under the heading says why).
      if (risk.tooShort) return html`<td class="num">–</td>`;
      return html`<td class="num" style="background:${heatColour(risk.risk, false)}">${risk.risk}${risk.flagged ? ' ⚑' : ''}</td>`;
    },
  }));
  // The heading stays on the page of the first table (a heading alone at a page's foot is no use).
  return html`<section class="heatmaps">
    <div class="keep">
      <h2>${words.heatmap}</h2>
      <p class="meta">${words.heatmapNote}</p>
      ${heatTable(data, words.principlesCaption, principles)}
    </div>
    ${heatTable(data, words.blindSpotsCaption, spots)}
  </section>`;
}

/**
 * The coach's report as one self-contained HTML page: inline CSS and SVG, no script and nothing
 * fetched, in the talk's language. Pure: the CLI and the app's Export both call it.
 */
export function renderReportHtml(data: ReportData, paper: Paper = 'a4'): string {
  const words = REPORT_WORDS[data.lang];
  const page = html`<!doctype html>
    <html lang="${data.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
        <title>${words.documentTitle}: ${data.title}</title>
        <style>
          ${new SafeHtml(reportCss(paper))}
        </style>
      </head>
      <body>
        <header>
          <h1>${data.title}</h1>
          <p class="meta">
            ${words.documentTitle}${data.speaker ? ` · ${data.speaker}` : ''} ·
            ${data.file}${data.authors.length > 0 ? ` · ${words.preparedBy} ${data.authors.join(', ')}` : ''} · ${words.generated}
            ${data.made}
          </p>
        </header>
        <main>
          ${feedbackHtml(data)} ${summaryHtml(data)} ${storyHtml(data)} ${planHtml(data)} ${heatmapHtml(data)} ${runsHtml(data)}
          ${orphansHtml(data)}
          <h2>${words.sections}</h2>
          ${sectionsHtml(data)}
        </main>
      </body>
    </html> `;
  return page.value;
}
