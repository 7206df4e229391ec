import { describe, expect, it } from 'vitest';
import { resolveName } from '../src/facts/names.js';
import { load, ofType } from './facts-helpers.js';

// The same kinds of checks as on the seed, on invented articles that share none of its words:
// no rule may depend on the seed.

describe('facts of a business story', () => {
  const { facts } = load('tests/fixtures/articles/halvorsen-brightwater-2023-03.txt');
  const name = (n: string) => ofType(facts, 'name').find((f) => f.name === n);

  it('reads the "(HML)" alias and the company short form', () => {
    expect(ofType(facts, 'alias')).toContainEqual(expect.objectContaining({ name: 'Halvorsen Marine Ltd', alias: 'HML', sentences: [0] }));
    expect(name('Halvorsen Marine Ltd')?.kind).toBe('organisation');
    expect(resolveName(facts, 'HML')?.name).toBe('Halvorsen Marine Ltd');
    expect(resolveName(facts, 'Halvorsen')?.name).toBe('Halvorsen Marine Ltd');
    expect(resolveName(facts, 'Brightwater')?.name).toBe('Brightwater Shipping');
  });

  it('finds the chief executive, her honorific, role and age', () => {
    expect(name('Maria Lenz')).toMatchObject({ kind: 'person', titles: ['Ms'] });
    expect(resolveName(facts, 'Ms Lenz')?.name).toBe('Maria Lenz');
    expect(resolveName(facts, "Halvorsen's chief executive")?.name).toBe('Maria Lenz');
    expect(ofType(facts, 'quantity')).toContainEqual(expect.objectContaining({ kind: 'age', value: 54, measures: 'Maria Lenz' }));
  });

  it('attributes quotes, the "adding that" part and pronoun speakers', () => {
    const quotes = ofType(facts, 'quote');
    expect(quotes.find((q) => q.text.startsWith('This is the most important step'))).toMatchObject({ speaker: 'Maria Lenz', verb: 'say' });
    expect(quotes.find((q) => q.text === 'no ferry route will close because of this deal')).toMatchObject({ speaker: 'Maria Lenz', verb: 'add' });
    // "he said" after a caption: the photographer is not "he".
    expect(quotes.find((q) => q.text.startsWith('They are paying a lot'))?.speaker).toBe('Jonas Berg');
    // A paragraph's second quote, in a sentence of its own, keeps the speaker.
    expect(quotes.find((q) => q.text.startsWith('That is not how'))?.speaker).toBe('Karin Solberg');
  });

  it('reads "according to" and "X said" claims', () => {
    const claims = ofType(facts, 'claim');
    expect(claims.find((c) => c.verb === 'accord' && c.sentences[0] === 1)?.source).toBe('analysts at Fjordbank Securities');
    expect(claims.find((c) => c.sentences[0] === 0)).toMatchObject({ source: 'the two companies', verb: 'say' });
    expect(claims.find((c) => c.source === 'Karin Solberg')?.claim).toBe('the workers had not been consulted');
    expect(claims.find((c) => c.source === 'Olav Nygaard')?.claim).toBe('the board had unanimously recommended the offer to shareholders');
  });

  it('reads money, percents and counts', () => {
    const q = ofType(facts, 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'money', text: '$4.2 billion', value: 4.2e9, unit: 'USD', source: 'the two companies' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'money', text: '€300m', value: 3e8, unit: 'EUR', measures: 'profit' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'percent', text: '27%', value: 27, measures: 'premium' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'percent', text: '24 per cent', value: 24 }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'about 4,000 crew members', value: 4000 }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'about nine million passengers a year', value: 9e6 }));
  });

  it('resolves weekdays and "last year" against a full article date', () => {
    const t = ofType(facts, 'time');
    expect(t).toContainEqual(expect.objectContaining({ kind: 'weekday', text: 'on Wednesday', resolved: '2023-03-15' }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'weekday', text: 'on Thursday', resolved: '2023-03-16' }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'relative', text: 'last year', resolved: '2022' }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'year', text: 'since 2015', resolved: '2015' }));
  });

  it('reads both photo credits', () => {
    expect(ofType(facts, 'credit').map((c) => [c.photographer, c.agency])).toEqual([
      ['Erik Dahl', 'Reuters'],
      ['Lisa Moen', 'AP'],
    ]);
  });
});

describe('facts of a disaster story', () => {
  const { facts } = load('tests/fixtures/articles/karsa-earthquake-2023-09.txt');
  const name = (n: string) => ofType(facts, 'name').find((f) => f.name === n);

  it('reads the "(NSI)" alias and keeps a city apart from a university named after it', () => {
    expect(ofType(facts, 'alias')).toContainEqual(expect.objectContaining({ name: 'National Seismic Institute', alias: 'NSI' }));
    expect(name('Tervik')).toBeDefined();
    expect(name('University of Tervik')?.kind).toBe('organisation');
    expect(resolveName(facts, 'Tervik')?.name).toBe('Tervik');
  });

  it('finds the minister with a two-word title and resolves "Mr Vesic"', () => {
    expect(name('Goran Vesic')).toMatchObject({ kind: 'person' });
    expect(name('Goran Vesic')?.titles).toContain('Interior Minister');
    expect(resolveName(facts, 'Mr Vesic')?.name).toBe('Goran Vesic');
    expect(resolveName(facts, 'the interior minister')?.name).toBe('Goran Vesic');
  });

  it('reads a quote of two sentences whole, as one sentence, and gives it its speaker', () => {
    const q = ofType(facts, 'quote').find((f) => f.text.startsWith('The shaking went on'));
    expect(q).toMatchObject({ speaker: 'Petra Ilic', text: 'The shaking went on for almost a minute. Then the whole street came down' });
    expect(q?.sentences).toEqual([4]);
    expect(ofType(facts, 'quote').find((f) => f.text.startsWith('hundreds of people'))).toMatchObject({ speaker: 'Goran Vesic', verb: 'add' });
    expect(ofType(facts, 'quote').find((f) => f.text.startsWith('People should not'))?.speaker).toBe('Ana Kostic');
  });

  it('reads agency claims, "X reported" at the end and "according to"', () => {
    const claims = ofType(facts, 'claim');
    expect(claims.find((c) => c.sentences[0] === 0)?.source).toBe('the country’s civil protection agency');
    expect(claims.find((c) => c.source === 'RTV')).toMatchObject({ verb: 'report', claim: 'Roads into Miran were blocked by rockslides' });
    expect(claims.find((c) => c.verb === 'accord' && c.sentences[0] === 1)?.source).toBe('National Seismic Institute');
    expect(claims.find((c) => c.source === 'European Union')?.claim.startsWith('it was ready')).toBe(true);
  });

  it('reads the death toll, the distance with its conversion, the magnitude and an age', () => {
    const q = ofType(facts, 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'at least 42 people', value: 42, measures: 'people' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'distance', text: '80 kilometres (50 miles)', value: 80, unit: 'km', measures: 'south of the regional capital', source: 'National Seismic Institute' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'other', unit: 'magnitude', value: 6.8 }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'age', text: '34-year-old', value: 34, measures: 'Petra Ilic' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'money', text: '15 million euros', value: 1.5e7, unit: 'EUR' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'percent', text: '60%', measures: 'homes' }));
  });

  it('resolves times against the article date', () => {
    const t = ofType(facts, 'time');
    expect(t).toContainEqual(expect.objectContaining({ kind: 'weekday', text: 'late on Sunday', resolved: '2023-09-10' }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'time-of-day', text: '11:42pm local time' }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'year', text: '1979', resolved: '1979' }));
  });

  it('extracts events and passives with an agent', () => {
    const e = ofType(facts, 'event');
    expect(e).toContainEqual(expect.objectContaining({ subject: 'A powerful earthquake', lemma: 'strike', object: 'the mountainous Karsa region of Valdora', time: 'late on Sunday' }));
    expect(e).toContainEqual(expect.objectContaining({ subject: 'rockslides', lemma: 'block', object: 'Roads into Miran' }));
    expect(e).toContainEqual(expect.objectContaining({ subject: 'the government', lemma: 'send', object: '1,200 soldiers' }));
    // "Red Cross" is a name, not a verb.
    expect(e.some((x) => x.lemma === 'cross')).toBe(false);
  });

  it('describes places by apposition', () => {
    const roles = ofType(facts, 'role');
    expect(roles).toContainEqual(expect.objectContaining({ subject: 'Tervik', description: 'the regional capital' }));
    expect(roles).toContainEqual(expect.objectContaining({ subject: 'Karsa', description: 'a poor farming area near the border with Montavia' }));
    expect(roles).toContainEqual(expect.objectContaining({ subject: 'Ana Kostic', description: 'a seismologist at the University of Tervik' }));
  });

  it('reads both photo credits', () => {
    expect(ofType(facts, 'credit').map((c) => [c.photographer, c.agency])).toEqual([
      ['Nikola Horvat', 'AFP'],
      ['Marta Jovic', 'AP'],
    ]);
  });
});

describe('question sets of the test articles', () => {
  for (const base of ['halvorsen-brightwater-2023-03', 'karsa-earthquake-2023-09']) {
    it(`${base}: every gold substring lies inside one sentence, every answer phrase in the article`, async () => {
      const { readFileSync } = await import('node:fs');
      const { article } = load(`tests/fixtures/articles/${base}.txt`);
      const lines = readFileSync(new URL(`./fixtures/qa/${base}.jsonl`, import.meta.url), 'utf8').trim().split('\n');
      const items = lines.map((l) => JSON.parse(l) as { id: string; expect: string; gold?: string[]; answer?: string[]; context?: string[] });
      expect(items.filter((q) => q.expect === 'answer').length).toBeGreaterThanOrEqual(20);
      expect(items.filter((q) => q.expect === 'abstain').length).toBeGreaterThanOrEqual(5);
      expect(items.some((q) => q.context && q.context.length > 0)).toBe(true);
      const whole = article.sentences.map((s) => s.text).join(' ').toLowerCase();
      for (const q of items.filter((x) => x.expect === 'answer')) {
        for (const g of q.gold ?? []) expect(article.sentences.some((s) => s.text.includes(g)), `${q.id}: ${g}`).toBe(true);
        for (const a of q.answer ?? []) expect(whole.includes(a.toLowerCase()), `${q.id}: ${a}`).toBe(true);
      }
    });
  }
});
