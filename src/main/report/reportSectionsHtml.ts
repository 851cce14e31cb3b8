import { BLIND_SPOTS, PRINCIPLES } from '../../shared/analysis';
import { NOTE_TAGS } from '../../shared/notes';
import { html, type SafeHtml } from './html';
import { undoubled } from './reportEvidence';
import { heatColour } from './reportStyles';
import type { ReportData, ReportNote, ReportSection } from './reportData';
import { fillWords, REPORT_WORDS, type ReportWords } from './reportWords';

/** A note's tag in the report's language: a principle's or blind spot's name, or "general". */
export function tagName(data: ReportData, tag: (typeof NOTE_TAGS)[number]): string {
  if ((PRINCIPLES as readonly string[]).includes(tag)) return data.principleNames[tag as (typeof PRINCIPLES)[number]];
  if ((BLIND_SPOTS as readonly string[]).includes(tag)) return data.blindSpotNames[tag as (typeof BLIND_SPOTS)[number]];
  return data.lang === 'nl' ? 'algemeen' : 'general';
}

const OPENING_MARKS = new Set(['“', '"', '„', '‘', "'", '«']);
const CLOSING_MARKS = new Set(['”', '"', '“', '’', "'", '»']);

/** A quote between curly quotes, never doubled: marks the quote already has at either end are dropped (one pass, no backtracking). */
export function quoted(text: string): string {
  const trimmed = text.trim();
  let [start, end] = [0, trimmed.length];
  while (start < end && OPENING_MARKS.has(trimmed[start]!)) start++;
  while (end > start && CLOSING_MARKS.has(trimmed[end - 1]!)) end--;
  return `“${trimmed.slice(start, end)}”`;
}

function noteHtml(data: ReportData, words: ReportWords, { note, placement, words: now, changed }: ReportNote): SafeHtml {
  const where = placement.status === 'orphaned' ? html` · ${fillWords(words.usedToBe, { section: note.anchor.sectionTitle })}` : '';
  return html`<div class="note">
    <blockquote>${quoted(now ?? note.anchor.exact)}</blockquote>
    ${changed ? html`<div class="was">${words.was}: <s>${quoted(note.anchor.exact)}</s></div>` : ''}
    <div>${note.text}</div>
    <div class="by">
      ${note.author} · ${tagName(data, note.tag)} · ${note.created.slice(0, 10)} ·
      ${note.resolved ? `${words.resolved} (${note.resolved.by})` : words.open}${where}
    </div>
    ${note.conflicts.map((conflict) => html`<div class="by">${words.kept}: ${conflict.author}: ${conflict.text}</div>`)}
    ${
      note.replies.length > 0
        ? html`<ol>
            ${note.replies.map((reply) => html`<li><span class="by">${reply.author}:</span> ${reply.text}</li>`)}
          </ol>`
        : ''
    }
  </div>`;
}

/** The section's strongest and weakest principle, each with the words that show it. */
function evidenceHtml(data: ReportData, words: ReportWords, section: ReportSection): SafeHtml | string {
  if (!section.evidence) return '';
  const side = (label: string, side: NonNullable<ReportSection['evidence']>['strongest']) =>
    html`<div>
      <h4>${label}: ${data.principleNames[side.principle]} (${side.score})</h4>
      ${
        side.evidence.length > 0
          ? html`<ul>
              ${side.evidence.map((item) => html`<li>${item}</li>`)}
            </ul>`
          : html`<p>${words.noEvidence}</p>`
      }
    </div>`;
  return html`<div class="evidence">
    ${side(words.strongest, section.evidence.strongest)} ${side(words.weakest, section.evidence.weakest)}
  </div>`;
}

function sectionHtml(data: ReportData, words: ReportWords, section: ReportSection): SafeHtml {
  const flagged = BLIND_SPOTS.filter((spot) => section.risks[spot].flagged).map((spot) => {
    const risk = section.risks[spot];
    return html`<li>
      <span class="flag">${risk.name}</span> (${words.risk} ${risk.risk}):
      ${risk.fix}${risk.examples.length > 0 ? html` <em>${words.examples}: ${risk.examples.map(quoted).join(', ')}</em>` : ''}
    </li>`;
  });
  const findings = section.findings.map(
    (finding) => html`<li>${finding.actual ? html`<strong>${finding.actual}</strong>: ` : ''}${undoubled(finding.message)}</li>`,
  );
  const dismissed = section.dismissed.map(
    (item) =>
      html`<li class="dismissed">
        <s>${item.finding.actual ?? ''}</s> ${undoubled(item.finding.message)} ·
        ${fillWords(words.dismissedBy, { author: item.author, reason: item.reason })}
      </li>`,
  );
  return html`<section class="section" id="section-${section.id}">
    <h3>${section.title}</h3>
    <p class="meta">${section.variants.map((variant) => `${variant} ${words.minutes}`).join(' · ')} · ${section.words} ${words.words}</p>
    <ul class="scores">
      ${PRINCIPLES.map(
        (principle) =>
          html`<li style="background:${heatColour(section.scores[principle], true)}">
            ${data.principleNames[principle]} <strong>${section.scores[principle]}</strong>
          </li>`,
      )}
    </ul>
    ${evidenceHtml(data, words, section)}
    ${section.adjusted ? html`<p class="adjusted">${fillWords(words.adjusted, { count: section.adjusted.findings, authors: section.adjusted.by.join(', ') })}</p>` : ''}
    ${
      flagged.length > 0
        ? html`<h4>${words.flags}</h4>
            <ul>
              ${flagged}
            </ul>`
        : ''
    }
    ${
      section.notes.length > 0
        ? html`<h4>${words.notes}</h4>
            ${section.notes.map((note) => noteHtml(data, words, note))}`
        : ''
    }
    <h4>${words.findings}</h4>
    ${
      findings.length > 0
        ? html`<ul>
            ${findings}
          </ul>`
        : html`<p>${words.noFindings}</p>`
    }
    ${
      dismissed.length > 0
        ? html`<h4>${words.dismissed}</h4>
            <ul>
              ${dismissed}
            </ul>`
        : ''
    }
  </section>`;
}

/** Every section: scores, flags with fixes, the coach's notes beside their quotes, findings, dismissed findings. */
export function sectionsHtml(data: ReportData): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  return html`${data.sections.map((section) => sectionHtml(data, words, section))}`;
}

/** Notes whose words are no longer in the talk, with where they used to be, and dismissals whose finding is gone. */
export function orphansHtml(data: ReportData): SafeHtml | string {
  const words = REPORT_WORDS[data.lang];
  const stale = data.staleDismissals.map(
    (item) =>
      html`<li class="dismissed">
        <s>${item.actual}</s> · ${fillWords(words.dismissedBy, { author: item.author, reason: item.reason })}
      </li>`,
  );
  const staleList =
    stale.length > 0
      ? html`<h2>${words.staleDismissals}</h2>
          <ul>
            ${stale}
          </ul>`
      : '';
  if (data.orphans.length === 0) return staleList;
  return html`<h2>${words.orphans}</h2>
    ${data.orphans.map((note) => noteHtml(data, words, note))}${staleList}`;
}

/** The latest rehearsal per variant, or why there is none. */
export function runsHtml(data: ReportData): SafeHtml {
  const words = REPORT_WORDS[data.lang];
  if (data.runs === null) return html``; // not looked for: nothing to say to the speaker
  if (data.runs.length === 0)
    return html`<h2>${words.rehearsals}</h2>
      <p>${words.noRuns}</p>`;
  const minutes = (seconds: number): string => (seconds / 60).toFixed(1);
  return html`<h2>${words.rehearsals}</h2>
    <table class="runs">
      <tbody>
        ${data.runs.map(
          (run) =>
            html`<tr>
              <th scope="row">${fillWords(words.variant, { variant: run.variant })}</th>
              <td>${new Date(run.startedAt).toISOString().slice(0, 10)}</td>
              <td class="num">${minutes(run.total)} ${words.minutes} ${words.spoken}</td>
              <td class="num">${minutes(run.target)} ${words.minutes} ${words.target}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
