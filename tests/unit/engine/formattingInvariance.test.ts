import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';

// Formatting-only edits (issue 22): line endings, re-wrapping and the style of quotation marks
// change no score, in English and in Dutch.
const english = readFileSync(join(__dirname, '../../fixtures/drafts/lead-your-leaders.v1.md'), 'utf8');
const dutch = `---
title: Leid je leiders
lang: nl
---

# Leid je leiders

Goedemorgen. Denk even aan de laatste keer dat een bedrijf je dom liet voelen. Niet boos. Dom.
Misschien was het een formulier dat drie keer om hetzelfde nummer vroeg.

## De valentijnsmail

Het was 2013, een week voor Valentijnsdag. Ik was net hoofd klantbeleving bij een bloemenbezorger.
Op dinsdagochtend ging de telefoon. Een vrouw, Margriet, had onze mail gekregen. Haar man was in
november overleden. ‘Jullie stuurden me rozen,’ zei ze, ‘en een aftelklok naar de meest
romantische dag van het jaar. Weet je hoe dat voelt?’

Ik zei: ‘Het spijt me.’ Mijn baas vroeg: „Hoeveel Margrieten hebben we?” Niemand wist het. Dat
is Margriets verhaal, en het is ’s ochtends nog steeds het eerste waar ik aan denk.

## Wat ik van je vraag

Kies deze week één klant die je teleurstelde. Bel haar op. Vraag: “Wat hadden we anders moeten
doen?” Schrijf het antwoord op en neem het mee naar je volgende overleg met de directie.
`;

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
const straighten = (text: string): string => text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
/** Straight double quotes made curly, alternating open and close. */
function curl(text: string): string {
  let opening = true;
  return text.replace(/"/g, () => {
    opening = !opening;
    return opening ? '”' : '“';
  });
}

/** Each prose paragraph re-wrapped at `width` (front matter, headings, lists and comments kept). */
function rewrap(text: string, width: number): string {
  const [, front, body] = /^(---\n[^]*?\n---\n)([^]*)$/.exec(text)!;
  const blocks = body!.split(/\n{2,}/).map((block) => {
    if (/^(#|-|>|<!--|\d+\.|\|)/m.test(block)) return block;
    const lines: string[] = [];
    for (const word of block.split(/\s+/).filter(Boolean)) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines.join('\n');
  });
  return front + blocks.join('\n\n');
}

/** Every number a score shows: per section its principles and risks, per variant its score and minutes. */
function scores(text: string) {
  const { analysis, plans } = analyseTalk(text);
  return {
    talk: analysis.talk.scores,
    sections: analysis.sections.map((section) => ({
      id: section.id,
      scores: section.scores,
      risks: Object.values(section.blindSpots).map((spot) => spot.risk),
    })),
    variants: Object.values(analysis.variants).map((variant) => variant.score),
    minutes: Object.values(plans).map((plan) => plan.minutes),
  };
}

describe('formatting-only edits change no score', () => {
  for (const [lang, text] of [
    ['en', english],
    ['nl', dutch],
  ] as const) {
    const original = scores(text);
    test(`${lang}: CRLF line endings`, () => expect(scores(crlf(text))).toEqual(original));
    test(`${lang}: re-wrapped at 50 and at 100 columns`, () => {
      expect(rewrap(text, 50)).not.toEqual(text);
      expect(scores(rewrap(text, 50))).toEqual(original);
      expect(scores(rewrap(text, 100))).toEqual(original);
    });
    test(`${lang}: straight quotes for curly ones, and back`, () => {
      expect(scores(straighten(text))).toEqual(original);
      expect(scores(curl(straighten(text)))).toEqual(original);
    });
    test(`${lang}: all at once`, () => expect(scores(crlf(rewrap(straighten(text), 60)))).toEqual(original));
  }
});
