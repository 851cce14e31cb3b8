/** The paper the report is laid out for. */
export type Paper = 'a4' | 'letter';

/** Background colour of a 0-100 value in the heatmap: green is good (for risks, low is good). */
export function heatColour(value: number, higherIsBetter: boolean): string {
  const good = higherIsBetter ? value : 100 - value;
  // The bands of `sticky score`: 60 and up is a strength, under 35 a weakness (light tints so
  // black text keeps a contrast above 7:1, WCAG AAA).
  return good >= 60 ? '#d8f0dc' : good >= 35 ? '#fbefc9' : '#f9d6d3';
}

/**
 * The report's stylesheet: readable on screen (light, or dark when the reader's system is dark),
 * and on paper, always light, with page breaks between sections. In dark mode the heatmap keeps
 * its light tints with dark text, so its colours mean the same on screen and on paper.
 */
export function reportCss(paper: Paper): string {
  return `
@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; margin: 16mm 15mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 52rem; padding: 1.5rem; overflow-wrap: break-word; }
h1 { font-size: 1.8rem; margin: 0 0 .2rem; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 .6rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.meta { color: #4a4a4a; margin: 0 0 1rem; }
.feedback { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.feedback > div { border: 1px solid #bbb; border-radius: 6px; padding: .4rem .9rem; }
.challenge { grid-column: 1 / -1; border: 2px solid #1b1b1b !important; background: #f4f4f4; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #c8c8c8; padding: .25rem .4rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.heatmap td.num { text-align: center; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
.heatmap { break-inside: avoid; }
.bar { display: block; width: 100%; max-width: 410px; height: auto; }
.scroll { overflow-x: auto; max-width: 100%; }
.scores { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0; margin: .4rem 0 .8rem; }
.scores li { border: 1px solid #c8c8c8; border-radius: 4px; padding: .1rem .45rem; color: #1b1b1b; font-size: .92rem; }
.evidence { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
.evidence h4 { margin: .4rem 0 .2rem; }
.evidence ul { margin: 0 0 .6rem; }
.was { color: #4a4a4a; font-size: .88rem; margin-bottom: .2rem; }
.plan, .keep { break-inside: avoid; page-break-inside: avoid; }
/* On paper a table stays whole when it fits a page (a longer one breaks between rows, its head repeated). */
table, tr, li, .note { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.section { break-before: page; page-break-before: always; }
.section:first-of-type { break-before: auto; page-break-before: auto; }
.note { border-left: 4px solid #5a4fcf; background: #f6f5ff; padding: .4rem .7rem; margin: .5rem 0; break-inside: avoid; }
.note blockquote { margin: 0 0 .3rem; font-style: italic; color: #333; }
.note .by { color: #4a4a4a; font-size: .88rem; }
.note ol { margin: .3rem 0 0; padding-left: 1.2rem; }
.dismissed { color: #4a4a4a; }
.flag { font-weight: 600; }
.adjusted { font-size: .9rem; color: #4a4a4a; }
ul { padding-left: 1.2rem; }
/* A phone (390 px wide and up): one column, tighter margins; wide tables scroll inside their box. */
@media screen and (max-width: 600px) {
  body { padding: .8rem; font-size: 10.5pt; }
  h1 { font-size: 1.45rem; }
  .feedback, .evidence { grid-template-columns: 1fr; }
  table { font-size: .85rem; }
  th, td { padding: .2rem .3rem; }
  td.num { white-space: nowrap; }
  /* The heatmap's seven columns fit 390 px with its column names standing upright. */
  .heatmap { font-size: .78rem; }
  .heatmap thead th.num { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; white-space: nowrap; }
  .heatmap td.num { padding: .2rem .15rem; }
}
@media screen and (prefers-color-scheme: dark) {
  :root { color-scheme: dark; }
  body { color: #e8e8e8; background: #17171a; }
  h2 { border-bottom-color: #e8e8e8; }
  .meta, .note .by, .dismissed, .adjusted, .was { color: #b8b8b8; }
  .feedback > div, th, td { border-color: #4d4d55; }
  .challenge { border-color: #e8e8e8 !important; background: #26262c; }
  td.num[style] { color: #1b1b1b; }
  .note { background: #25233b; border-left-color: #9d95f5; }
  .note blockquote { color: #d4d4d4; }
  .bar text { fill: #e8e8e8; }
  .bar .track { fill: #3a3a42; }
  .bar .value { fill: #9d95f5; }
  a { color: #a8c0ff; }
}
@media print { body { max-width: none; padding: 0; font-size: 10pt; } a { color: inherit; text-decoration: none; } .scroll { overflow: visible; } }
`;
}
