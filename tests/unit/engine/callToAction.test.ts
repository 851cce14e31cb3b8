import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';

type Lang = 'en' | 'nl';

const talkOf = (body: string, lang: Lang): string => `---\nlang: ${lang}\n---\n## One\n\n${body}\n`;

/** The asks the rule finds in a one-section talk, as the words the user is shown. */
function asks(body: string, lang: Lang = 'en'): string[] {
  const { analysis } = analyseTalk(talkOf(body, lang));
  return analysis.sections[0]!.findings.filter((finding) => finding.ruleId.startsWith('call-to-action')).map((finding) =>
    (finding.actual ?? '').replace(/\s+/g, ' '),
  );
}

/** The talk's CX Story call-to-action element. */
const element = (text: string) => analyseTalk(text).analysis.talk.elements.callToAction;

describe('the call to action is the speaker’s own ask of this audience', () => {
  test('an advice list of imperatives is no ask, in English and Dutch', () => {
    expect(asks('- Focus on one customer.\n- Distill the message.\n- Call one customer this week.')).toEqual([]);
    expect(asks('1. Focus op één klant.\n2. Maak het verhaal kleiner.\n3. Bel deze week een klant.', 'nl')).toEqual([]);
    expect(element(talkOf('- Focus on one customer.\n- Distill the message.', 'en'))).toMatchObject({ present: false, evidence: [] });
  });

  test('general advice without a time frame or “you” is no ask; with a time frame it is', () => {
    expect(asks('Focus on the journey. Distill your message. Start small.')).toEqual([]);
    expect(asks('Focus op de klantreis. Begin klein.', 'nl')).toEqual([]);
    expect(asks('Distill your message this week.')).toEqual(['Distill your message this week.']);
  });

  test('someone else’s list of traits is no ask', () => {
    const traits = 'Great leaders listen, care and call their customers. They visit the front line and ask hard questions.';
    expect(asks(traits)).toEqual([]);
    expect(
      asks(
        'The ten traits of customer-obsessed leaders:\n\n1. Listen to customers.\n2. Visit the front line.\n3. Call one customer a week.',
      ),
    ).toEqual([]);
    expect(asks('Goede leiders luisteren, bellen hun klanten en bezoeken de winkelvloer.', 'nl')).toEqual([]);
  });

  test('“I ask you” with the action is the ask, and its sentence is the evidence', () => {
    const ask = 'This week, I ask you to call one customer and listen.';
    expect(asks(`We have the data. ${ask}`)).toEqual([ask]);
    expect(element(talkOf(`We have the data. ${ask}`, 'en'))).toMatchObject({ present: true, sectionId: 'one', evidence: [ask] });
  });

  test('Dutch: “Ik vraag jullie: …” and an imperative with a near time frame', () => {
    expect(asks('Ik vraag jullie: bel deze week één klant.', 'nl')).toEqual(['Ik vraag jullie: bel deze week één klant.']);
    expect(asks('We hebben de cijfers. Bezoek vóór vrijdag één winkel.', 'nl')).toEqual(['Bezoek vóór vrijdag één winkel.']);
    expect(asks('Ik wil dat u morgen één klant belt.', 'nl')).toEqual(['Ik wil dat u morgen één klant belt.']);
  });

  test('“you” with an action or a near time frame addresses the audience; the speaker’s own plans do not', () => {
    expect(asks('You should visit one store before Friday.')).toEqual(['You should visit one store before Friday.']);
    expect(asks('In the next 30 days, pick one journey and walk it.')).toEqual(['In the next 30 days, pick one journey and walk it.']);
    expect(asks('Today I want to talk to you about trust. Tomorrow we will show you the results.')).toEqual([]);
    expect(asks('Morgen bel ik drie klanten. Als je een klant belt, wacht je een uur.', 'nl')).toEqual([]);
  });

  test('an announced ask is the sentence after the announcement', () => {
    expect(asks('So here is what I ask of you. Tomorrow, visit one store.')).toEqual(['Tomorrow, visit one store.']);
    expect(asks('Mijn vraag aan jullie is simpel. Kies vóór vrijdag één klantreis.', 'nl')).toEqual(['Kies vóór vrijdag één klantreis.']);
  });

  test('questions are not asks, unless the speaker says “I ask you”', () => {
    expect(asks('Will you call a customer? Can I ask you a question?')).toEqual([]);
    expect(asks('Wilt u deze week een klant bellen? Belt u morgen één klant?', 'nl')).toEqual([]);
    expect(asks('I ask you: will you call a customer this week?')).toEqual(['I ask you: will you call a customer this week?']);
  });

  test('an ask inside someone else’s quote is theirs, not this speaker’s ask of this room; the speaker’s own quoted ask to the room is', () => {
    expect(asks('My manager always said: "Call one customer this week."')).toEqual([]);
    expect(asks('I told my team: "Call one customer this week."')).toEqual([]);
    expect(asks('De baliemedewerker zei tegen haar: "Bel morgen maar terug."', 'nl')).toEqual([]);
    expect(asks('"Bel je klanten altijd terug."', 'nl')).toEqual([]);
    expect(asks('"Bel je klanten altijd terug," zei mijn baas.', 'nl')).toEqual([]);
    // Said to this room, or asked outside the quote, it stays the ask.
    const own = 'So I ask you today: "Call one customer this week."';
    expect(asks(own)).toEqual([own]);
    const around = 'My manager said, "Call your customers," and I ask you to call one this week.';
    expect(asks(around)).toEqual([around]);
    expect(asks('My manager always said: "Call one customer this week." So do it: call one customer this week.')).toEqual([
      'So do it: call one customer this week.',
    ]);
    expect(asks('Ik zeg tegen jullie: "Bel deze week één klant."', 'nl')).toEqual(['Ik zeg tegen jullie: "Bel deze week één klant."']);
    expect(asks('Mijn baas zei altijd: "Bel je klanten terug." Bel deze week één klant.', 'nl')).toEqual(['Bel deze week één klant.']);
  });

  test('an option (“you can try”) is no ask unless it has a time frame; an invitation to imagine is none', () => {
    expect(asks('Now you can try it yourself. You can try it yourself. You could call one customer.')).toEqual([]);
    expect(asks('You can call one customer this week. You could start tomorrow.')).toEqual([
      'You can call one customer this week.',
      'You could start tomorrow.',
    ]);
    expect(asks('You should call one customer. You will visit one store.')).toEqual([
      'You should call one customer.',
      'You will visit one store.',
    ]);
    expect(asks('Je kunt het zelf proberen. Nu kun je het zelf proberen.', 'nl')).toEqual([]);
    expect(asks('Je kunt morgen één klant bellen.', 'nl')).toEqual(['Je kunt morgen één klant bellen.']);
    expect(
      asks('Now, put yourself in the shoes of that mom. Imagine you call her this week. Picture this: you call one customer.'),
    ).toEqual([]);
    expect(asks('Stel je voor: je belt morgen die moeder. Verplaats je eens in die moeder, je belt haar deze week.', 'nl')).toEqual([]);
    expect(asks('Put yourself in the shoes of that mom. Then call one customer this week.')).toEqual(['Then call one customer this week.']);
  });

  test('the element takes the last section with an ask (the close), not advice in the middle', () => {
    const talk = [
      '## Opening\n<!-- variants: 10 30 60 -->\n\nIt was 2019. I met a customer called Tom.',
      '## Three moves\n<!-- variants: 10 30 60 -->\n\nFocus on one moment. Distill the message. Remember the customer.\n\n- Start every meeting with a customer.\n- Call one customer a week.',
      '## What I ask of you\n<!-- variants: 10 30 60 -->\n\nThank you for listening. This week, I ask you to call one customer and listen.',
    ].join('\n\n');
    const { analysis } = analyseTalk(talk);
    const expected = { present: true, sectionId: 'what-i-ask-of-you', evidence: ['This week, I ask you to call one customer and listen.'] };
    expect(analysis.talk.elements.callToAction).toMatchObject(expected);
    expect(analysis.variants[10].elements.callToAction).toMatchObject(expected);
    expect(analysis.talk.mistakes.map((mistake) => mistake.id)).not.toContain('open-door');
  });

  test('a talk of advice only is an open door', () => {
    const { analysis } = analyseTalk(talkOf('Focus on the journey. Distill your message.\n\n- Listen more.\n- Call customers.', 'en'));
    expect(analysis.talk.elements.callToAction.present).toBe(false);
    expect(analysis.talk.mistakes.map((mistake) => mistake.id)).toContain('open-door');
  });

  test('a long line (200 KB) with asks, questions and colons completes', () => {
    const unit = 'This week, call one customer: will you? I ask you; ik vraag u ';
    const text = talkOf(unit.repeat(Math.ceil(200_000 / unit.length)), 'en');
    expect(text.length).toBeGreaterThan(200_000);
    const { analysis } = analyseTalk(text);
    expect(analysis.talk.elements.callToAction.present).toBe(true);
    const runOn = talkOf('you call this week on monday within 30 days '.repeat(5_000), 'en');
    expect(analyseTalk(runOn).analysis.sections).toHaveLength(1);
  });
});
