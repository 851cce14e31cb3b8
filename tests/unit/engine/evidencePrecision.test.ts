import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';

/** A talk in a language, its sections given as [title, text]. */
const talk = (lang: 'en' | 'nl', ...sections: [string, string][]): string =>
  `---\nlang: ${lang}\n---\n# Talk\n\n${sections.map(([title, text]) => `## ${title}\n\n${text}`).join('\n\n')}\n`;
const analysed = (text: string) => analyseTalk(text).analysis;
const words = (text: string, ruleId: string): string[] =>
  analysed(text).sections.flatMap((section) =>
    section.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.actual ?? ''),
  );

describe('evidence a coach would sign: each class of error seen on real talks', () => {
  test('a day, a month or a holiday is no name; a person still is', () => {
    const text = talk('en', ['One', "On Valentine's Day we sent the wrong email. Last Monday in March, Maria called us."]);
    expect([...words(text, 'names'), ...words(text, 'named-people')]).toEqual(['Maria']);
    expect(words(talk('nl', ['Een', 'Op maandag in maart belde Sanne ons.']), 'named-people')).toEqual(['Sanne']);
  });

  test('pronouns and "please" are neither concrete things nor abstractions', () => {
    const text = talk('en', ['One', 'Please tell us what happened. They left us for a competitor.']);
    const judged = [...words(text, 'concrete-words'), ...words(text, 'abstract-words')].map((word) => word.toLowerCase());
    expect(judged).not.toContain('us');
    expect(judged).not.toContain('please');
  });

  test('everyday words are not rare: inflected forms count as their base, possessives as the word, business words as everyday', () => {
    const text = talk('en', ['One', "The summer's deliveries were late, so every invoice and email went out twice."]);
    expect(words(text, 'rare-words')).toEqual([]);
  });

  test('a suggested mantra closes the talk, and is never a sign-off, a heading or a line said once in the opening', () => {
    const signOff = talk(
      'en',
      ['Opening', 'Customers remember how we made them feel, not what we sold them.'],
      ['Close', 'Customers remember feelings. Until next time, keep listening to your customers.'],
    );
    const suggestion = analysed(signOff).talk.mantra.suggestion;
    expect(suggestion ?? '').not.toMatch(/until next time/i);
    expect(suggestion ?? '').not.toMatch(/how we made them feel/);
    const heading = analysed(
      talk(
        'en',
        ['Customers remember feelings', 'Customers remember feelings more than facts.'],
        ['Blind spot two being too boring', 'Blind spot two being too boring.'],
      ),
    ).talk.mantra.suggestion;
    expect(heading ?? '').not.toMatch(/blind spot/i);
  });

  test('urgency is not "now" alone, and naming the word "strategy" is not a strategy', () => {
    const elements = analysed(
      talk(
        'en',
        ['Now', 'Now we look at the numbers. Now we see the trend. Now we read the mail.'],
        ['Strategy', 'Our strategy has three parts. A strategy is a plan. Strategy means choosing what not to do.'],
      ),
    ).talk.elements;
    expect(elements.urgency.present).toBe(false);
    expect(elements.strategy.present).toBe(false);
  });

  test('a story needs the speaker doing something: a connective, a year and a name are not one', () => {
    const loose = analysed(
      talk('en', ['Then', 'Then I think of 2019. Then Maria. Then I think of the team and the year. Immediately I think of Robin.']),
    ).talk.elements.personalStory;
    expect(loose.present).toBe(false);
    const told = analysed(
      talk('en', [
        'The night',
        'In 2019 I walked into the call centre at midnight. I sat down next to Maria. She said: “They are leaving.” I picked up the phone and I called the first customer myself.',
      ]),
    ).talk.elements.personalStory;
    expect(told.present).toBe(true);
  });

  test("the speaker's own ask is the call to action, wherever it stands", () => {
    const elements = analysed(
      talk('en', ['Close', 'Please let me know which of these blind spots you recognise.'], ['Thanks', 'Thank you all.']),
    ).talk.elements;
    expect(elements.callToAction.present).toBe(true);
    expect(elements.callToAction.evidence.join(' ')).toMatch(/let me know which of these blind spots/);
    const nl = analysed(talk('nl', ['Slot', 'Laat me weten welke blinde vlekken jullie herkennen.'])).talk.elements;
    expect(nl.callToAction.present).toBe(true);
  });

  test('a filler or a barely felt word is no feeling; a verb or a common word is no abstraction; a contraction is not rare', () => {
    const text = talk('en', [
      'One',
      "Like I said, it doesn't matter. I know we analyzed satellite imagery, and they'll love the strategy.",
    ]);
    expect(words(text, 'feeling').map((word) => word.toLowerCase())).not.toContain('like');
    expect(words(text, 'feeling').map((word) => word.toLowerCase())).not.toContain('matter');
    const abstract = words(text, 'abstract-words').map((word) => word.toLowerCase());
    expect(abstract).toContain('strategy');
    expect(abstract).not.toContain('know');
    expect(abstract).not.toContain('analyzed');
    expect(words(talk('en', ['Two', 'The phone imagery and the coffee table value.']), 'abstract-words')).toEqual([]);
    expect(words(text, 'rare-words').filter((word) => word.includes("'"))).toEqual([]);
  });

  test('"now" or "today" alone is no urgency, beside a stake it is; a passive is no past narration', () => {
    const bare = talk('en', ['One', 'Now, something interesting has been happening. This is today my favourite picture.']);
    expect(words(bare, 'urgency.now')).toEqual([]);
    expect(words(bare, 'urgency.today')).toEqual([]);
    const staked = talk('en', ['One', 'We must act now, because we are losing customers today.']);
    expect(words(staked, 'urgency.now')).toEqual(['now']);
    const passive = talk('en', ['One', 'It can only be resolved when we get the curricula changed. I walked in and I called her.']);
    const past = analysed(passive).sections.flatMap((section) =>
      section.findings.filter((f) => f.signal === 'past-tense').map((f) => f.actual),
    );
    expect(past).not.toContain('resolved');
    expect(past).not.toContain('changed');
    expect(past).toContain('walked');
  });
});

describe('evidence a coach would sign: the rest of the audit of 100 findings', () => {
  test('"we" is the company speaking only where the organisation is named, never a family or a lab', () => {
    const family = talk('en', ['One', 'My wife and I have two small kids, and we want their life to be easier than it was for us.']);
    expect(words(family, 'first-plural.we')).toEqual([]);
    expect(words(family, 'first-plural.us')).toEqual([]);
    const lab = talk('en', ['One', 'What we are trying to do in my group at Stanford is grow a nerve.']);
    expect(words(lab, 'first-plural.we')).toEqual([]);
    const company = talk('en', ['One', 'At Acme we deliver parcels. Last year we lost a third of our customers.']);
    expect(words(company, 'first-plural.we')).toEqual(['we', 'we']);
    expect(words(company, 'first-plural.our')).toEqual(['our']);
    const gezin = talk('nl', [
      'Een',
      'Mijn vrouw en ik hebben twee kinderen, en we willen dat hun leven makkelijker wordt dan het voor ons was.',
    ]);
    expect([...words(gezin, 'first-plural.we'), ...words(gezin, 'first-plural.ons')]).toEqual([]);
    const bedrijf = talk('nl', ['Een', 'Bij Acme leveren we pakketten. Vorig jaar verloren we een derde van onze klanten.']);
    expect(words(bedrijf, 'first-plural.we')).toEqual(['we', 'we']);
  });

  test('a person word in front of a noun is a material or a product, not a person', () => {
    const text = talk('en', ['One', 'We poured baby diaper polymer on the slide and opened the home page. The baby laughed.']);
    expect(words(text, 'human.baby')).toEqual(['baby']);
    expect(words(text, 'human.home')).toEqual([]);
  });

  test('strategy is a path of ours: not a name we will call someone, the word named, a habit or a lab step', () => {
    const loose = talk('en', [
      'One',
      'I worked with a man we will call John. Parts of government do strategy. Step one: what we would do is attach a handle. I focus on my children.',
    ]);
    expect(words(loose, 'strategy.we-will')).toEqual([]);
    expect(words(loose, 'strategy.strategy')).toEqual([]);
    expect(words(loose, 'strategy.step-one')).toEqual([]);
    expect(words(loose, 'strategy.focus-on')).toEqual([]);
    const path = talk('en', [
      'One',
      'Our strategy is simple. Step one: we train every agent. Step two: we call back every customer. We will focus on one thing.',
    ]);
    expect(words(path, 'strategy.strategy')).toEqual(['strategy']);
    expect(words(path, 'strategy.step-one')).toEqual(['Step one']);
    expect(words(path, 'strategy.focus-on')).toEqual(['focus on']);
    const nl = talk('nl', [
      'Een',
      'We gaan naar huis. Een strategie is een keuze. Ik focus op mijn kinderen. We gaan elke klant binnen een dag terugbellen.',
    ]);
    expect(words(nl, 'strategy.we-gaan')).toEqual(['We gaan']);
    expect(words(nl, 'strategy.strategie')).toEqual([]);
    expect(words(nl, 'strategy.focus-op')).toEqual([]);
  });

  test('an instruction is not a noun subject, a condition, a dare to others or a hypothetical', () => {
    const text = talk('en', [
      'One',
      'Fear of change leads to bad choices. Take away the queue, the anger drops. Let them come to our shop. If you went to the board, you would get a blank stare. Call one customer this week.',
    ]);
    const opened = words(text, 'imperatives.fear').concat(words(text, 'imperatives.take'), words(text, 'imperatives.let'));
    expect(opened).toEqual([]);
    expect(words(text, 'imperatives.call')).toEqual(['Call']);
    const asks = analysed(text).sections.flatMap((section) =>
      section.findings.filter((f) => f.signal === 'call-to-action').map((f) => f.actual),
    );
    expect(asks).toEqual(['Call one customer this week.']);
    const nl = analysed(
      talk('nl', ['Een', 'Als je het bestuur zou bellen, zou je niemand krijgen. Bel deze week één klant.']),
    ).sections.flatMap((section) => section.findings.filter((f) => f.signal === 'call-to-action').map((f) => f.actual));
    expect(nl).toEqual(['Bel deze week één klant.']);
  });

  test('a moment looking ahead is no story, and the "I" and "you" of a quote are not the speaker and the audience', () => {
    const ahead = talk('en', ['One', 'When that day comes, as it will, we can rest. That day I called her myself.']);
    expect(words(ahead, 'time-markers.that-day')).toEqual(['That day']);
    const nlAhead = talk('nl', ['Een', 'Als die dag komt, zullen we feesten. Die dag belde ik haar zelf.']);
    expect(words(nlAhead, 'time-markers.die-dag')).toEqual(['Die dag']);
    const quoted = talk('en', ['One', 'My father said, "When I was your age, I walked to school." I laughed.']);
    expect(words(quoted, 'first-singular.i')).toEqual(['I']);
    expect(words(quoted, 'second-person.your')).toEqual([]);
    expect(words(quoted, 'first-singular.quoted')).toEqual(['I', 'I']);
    expect(words(quoted, 'second-person.quoted')).toEqual([]);
    const ownQuote = talk('en', ['One', 'I asked my daughter, "When I was your age, did you ever see me cry?"']);
    expect(words(ownQuote, 'first-singular.i')).toEqual(['I', 'I']);
    expect([...words(ownQuote, 'second-person.your'), ...words(ownQuote, 'second-person.you')]).toEqual([]);
    const toTheRoom = talk('en', ['One', 'It is like me telling you, "Hey, you know the prize is older than the car?"']);
    expect(words(toTheRoom, 'second-person.you')).toEqual(['you', 'you']);
    const nlQuoted = talk('nl', ['Een', 'Ze vraagt: "Meneer, wat kan ik nu voor u doen?" Ik kijk naar haar.']);
    expect(words(nlQuoted, 'second-person.u')).toEqual([]);
    expect(words(nlQuoted, 'first-singular.ik')).toEqual(['Ik']);
  });

  test('a title or a mentioned term in quotes is no dialogue; the first word of a quote, "The" and "Internet" are no names', () => {
    const en = talk('en', [
      'One',
      'I should say "smart enough," because we saw the film "Four in the Morning," twice. He replied, "The whole plan is wrong." We built a new Internet page for Maria.',
    ]);
    expect(words(en, 'dialogue')).toEqual(['"The whole plan is wrong."']);
    expect([...words(en, 'names'), ...words(en, 'named-people')]).toEqual(['Maria']);
    const nl = talk('nl', [
      'Een',
      'Ik zou zeggen "slim genoeg," want we zagen de film "De Kleine Zeemeermin," twee keer. Hij antwoordde: "Waarom bel je niet?" Sanne lachte.',
    ]);
    expect(words(nl, 'dialogue')).toEqual(['"Waarom bel je niet?"']);
    expect([...words(nl, 'names'), ...words(nl, 'named-people')]).toEqual(['Sanne']);
  });

  test('a conceding "but" and a time "yet" are no surprise; "one" as a pronoun is no number', () => {
    const en = talk('en', [
      'One',
      'We are not there yet, but the team helps. The price was high, but people paid. I took this other one. One customer left.',
    ]);
    expect(words(en, 'contrast.but')).toEqual(['but']);
    expect(words(en, 'contrast.yet')).toEqual([]);
    expect(words(en, 'numbers.one')).toEqual(['One']);
    const nl = talk('nl', ['Een', 'We zijn er nog niet, maar het team helpt. De prijs was hoog, maar mensen betaalden.']);
    expect(words(nl, 'contrast.maar')).toEqual(['maar']);
  });

  test('a path told in numbered steps is a strategy; a story told in steps is not; a line said twice at the close is the mantra', () => {
    const plan = (lang: 'en' | 'nl', text: string) => analysed(talk(lang, ['Plan', text])).talk.elements.strategy;
    expect(
      plan(
        'en',
        'The way there has three steps. First we train every agent. Then we call back every customer. Finally we read five calls a month.',
      ).present,
    ).toBe(true);
    expect(
      plan(
        'nl',
        'De weg ernaartoe bestaat uit drie stappen. Eerst geven we elke medewerker de ruimte. Daarna bellen we elke klant terug. Tot slot lezen we vijf gesprekken.',
      ).evidence,
    ).toEqual(['drie stappen', 'Eerst', 'Daarna', 'Tot slot']);
    expect(plan('en', 'I walked in. Then I called her. Finally she answered the phone.').present).toBe(false);
    const close = analysed(
      talk(
        'nl',
        ['Begin', 'Het systeem lag eruit en de wachtrij liep vol.'],
        ['Slot', 'Eén klant, één keer bellen. Dat is alles. Eén klant, één keer bellen.'],
      ),
    ).talk.mantra;
    expect(close.text).toBe('Eén klant, één keer bellen');
    const once = analysed(
      talk('nl', ['Begin', 'Eén klant, één keer bellen. Het systeem lag eruit.'], ['Slot', 'Eén klant, één keer bellen. Dat is alles.']),
    ).talk.mantra;
    expect(once.text).toBe('Eén klant, één keer bellen');
    const openingTwice = analysed(
      talk('nl', ['Begin', 'Het systeem lag eruit. Het systeem lag eruit.'], ['Slot', 'Bel deze week één klant.']),
    ).talk.mantra;
    expect(openingTwice.text).toBeNull();
  });

  test('a feeling word with a capital inside a sentence is part of a name', () => {
    const en = talk('en', ['One', 'Prices fell as in the Great Depression. Death scared us. It was a great day.']);
    expect([...words(en, 'strong-feeling'), ...words(en, 'feeling')].map((word) => word.toLowerCase())).not.toContain('depression');
    expect(words(en, 'strong-feeling')).toEqual(expect.arrayContaining(['Death', 'great']));
    const nl = talk('nl', ['Een', 'Het was vreselijk en mooi. We woonden in het dorp Mooi Zicht.']);
    expect(words(nl, 'strong-feeling')).toEqual(['vreselijk', 'mooi']);
  });

  test('an adverb is as familiar as its adjective', () => {
    const text = talk('en', ['One', 'We think logically and speak plainly about the ontologically hard problems.']);
    expect(words(text, 'rare-words')).not.toContain('logically');
    expect(words(text, 'rare-words')).toContain('ontologically');
  });

  test('a verb, a preposition or an adverb is no thing to picture, however its modelled norm rates it (fresh audit)', () => {
    const text = talk('en', ['One', 'And I am not even kidding: as we are here, the red car and the coffee cup stood at the door.']);
    const concrete = words(text, 'concrete-words').map((word) => word.toLowerCase());
    for (const word of ['am', 'as', 'are']) expect(concrete).not.toContain(word);
    expect(concrete).toEqual(expect.arrayContaining(['car', 'coffee', 'cup', 'door']));
  });

  test('an instruction, an ask, urgency or a question inside a quote is said to someone in the story, not to this room (fresh audit)', () => {
    const signal = (text: string, id: string): string[] =>
      analysed(text).sections.flatMap((section) => section.findings.filter((f) => f.signal === id).map((f) => f.actual ?? ''));
    const story = talk('en', [
      'One',
      'I said to the driver, "Stop. You must turn around now, before the bridge closes." The nurse asked him, "Are you in pain?"',
    ]);
    for (const id of ['imperatives', 'questions', 'second-person', 'urgency', 'call-to-action']) expect(signal(story, id), id).toEqual([]);
    // Said to this room, the quote keeps its "you" (twice: before it and inside it), and the ask after it stays the ask.
    const toTheRoom = talk('en', ['One', 'So I ask you today: "What would you do?" Call one customer this week.']);
    expect(signal(toTheRoom, 'second-person')).toEqual(['you', 'you']);
    expect(signal(toTheRoom, 'imperatives')).toEqual(['Call']);
    const nl = talk('nl', [
      'Een',
      'De baliemedewerker zei tegen haar: "U moet nu eerst dit formulier invullen." Daarom vraag ik jullie: bel vandaag één klant.',
    ]);
    expect(signal(nl, 'urgency').map((word) => word.toLowerCase())).not.toContain('moet');
    expect(signal(nl, 'second-person').map((word) => word.toLowerCase())).toEqual(['jullie']);
  });

  test('a general "when you…, you…" is no ask, and a year or "every day" alone is no urgency (fresh audit)', () => {
    const signal = (text: string, id: string): string[] =>
      analysed(text).sections.flatMap((section) => section.findings.filter((f) => f.signal === id).map((f) => f.actual ?? ''));
    const general = talk('en', [
      'One',
      'When you start to look for it, you find it everywhere. In Dubai this year, we had the first show. Every day we bring talent.',
    ]);
    expect(signal(general, 'call-to-action')).toEqual([]);
    expect(signal(general, 'urgency')).toEqual([]);
    const pressing = talk('en', [
      'One',
      'When you get back to your desk, call one customer this week. This year we are losing a customer every day.',
    ]);
    expect(signal(pressing, 'call-to-action').length).toBeGreaterThan(0);
    expect(signal(pressing, 'urgency').map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(['this year', 'we are losing', 'every day']),
    );
    const nl = talk('nl', ['Een', 'Dit jaar hadden we een mooie show. Dit jaar verliezen we elke dag klanten.']);
    expect(signal(nl, 'urgency').map((word) => word.toLowerCase())).toEqual(['dit jaar', 'verliezen', 'elke dag']);
  });

  test('an ask is the speaker’s to this room: not an option, an invitation to imagine or someone else’s quoted ask (fresh audit)', () => {
    const signal = (text: string): string[] =>
      analysed(text).sections.flatMap((section) =>
        section.findings.filter((f) => f.signal === 'call-to-action').map((f) => f.actual ?? ''),
      );
    // #5 and #7, judged no ask: an invitation to empathise mid-story, and "you can try" in an analogy.
    const story = talk('en', [
      'One',
      "Now, put yourself in the shoes of that mom. Now you can try to change the temperature in your house by opening a window in the winter, but that's not going to change the setting on the thermostat.",
    ]);
    expect(signal(story)).toEqual([]);
    const quoted = talk('en', ['One', 'My manager always said: "Call one customer this week." I laughed.']);
    expect(signal(quoted)).toEqual([]);
    // Said to this room, the quoted ask stays the ask; so does an option with a time frame.
    const own = talk('en', ['One', 'So I ask you today: "Call one customer this week." You can also visit one store before Friday.']);
    expect(signal(own)).toEqual(['So I ask you today: "Call one customer this week."', 'You can also visit one store before Friday.']);
    // #89, judged the ask: what each of them will do.
    const plan = talk('nl', [
      'Wat we gaan doen',
      'Tot slot: iedereen in dit bedrijf doet één keer per kwartaal zelf een retour. Je bestelt iets, je stuurt het terug, en je schrijft op waar je vastliep.',
    ]);
    expect(signal(plan)).toContain('Je bestelt iets, je stuurt het terug, en je schrijft op waar je vastliep.');
    const nl = talk('nl', [
      'Een',
      'De baliemedewerker zei tegen haar: "Bel morgen maar terug." Stel je voor: je belt morgen die moeder. Je kunt het zelf proberen.',
    ]);
    expect(signal(nl)).toEqual([]);
    const nlOwn = talk('nl', ['Een', 'Ik zeg tegen jullie: "Bel deze week één klant." Je kunt morgen ook één winkel bezoeken.']);
    expect(signal(nlOwn)).toEqual(['Ik zeg tegen jullie: "Bel deze week één klant."', 'Je kunt morgen ook één winkel bezoeken.']);
  });

  test('a plan is ours to carry out: "First," with no one acting, a vision named as a topic or "moves" of attention are none (fresh audit)', () => {
    const signal = (text: string): string[] =>
      analysed(text).sections.flatMap((section) =>
        section.findings.filter((f) => f.signal === 'strategy').map((f) => (f.actual ?? '').toLowerCase()),
      );
    const reasons = talk('en', [
      'One',
      'First, drawing helps us understand systems. What if you wanted to draw your organizational vision, or customer experience? Your attention moves on.',
    ]);
    expect(signal(reasons)).toEqual([]);
    const plan = talk('en', ['One', 'Our vision is simple. First, we call every customer who left. Second, you fix one form this week.']);
    expect(signal(plan)).toEqual(expect.arrayContaining(['vision', 'first,', 'second,']));
    expect(signal(talk('nl', ['Een', 'Meer stappen, minder retouren, dachten we.']))).toEqual([]);
  });
});
