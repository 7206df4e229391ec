/**
 * Right answers the engine used to decline, read off the newest batches: each case is a general
 * form of English or of news writing, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { areRelated } from '../src/index/related.js';
import { termOfWord } from '../src/nlp/terms.js';
import { matchIntent } from '../src/qa/intents.js';
import { askInline as ask } from './qa-helpers.js';

describe('"which part of": a stretch or a place picked out, not a share', () => {
  const article =
    'date 2026-03-02\n\nA one-mile section of the canal towpath between Hale Lock and Brindle Wharf has been shut after a wall collapsed on Sunday night.\n\n' +
    'Engineers from the waterways trust said repairs could take until the summer.';

  it('reads "which part of" as no share question, and "what share of" still as one', () => {
    expect(matchIntent('which part of the towpath is shut').rule.name).not.toBe('how-many-share');
    expect(matchIntent('what share of the budget goes to repairs').rule.name).toBe('how-many-share');
  });

  it('answers with the sentence that names the stretch', () => {
    const a = ask(article, 'which part of the towpath is shut');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('between Hale Lock and Brindle Wharf');
  });
});

describe('a title before an honorific: "council ecologist Dr …"', () => {
  const article =
    'date 2026-03-02\n\nA rare fern has been found growing on a railway bridge near Colby.\n\n' +
    'Council ecologist Dr Anna Forde, 39, said the spores had probably blown in from the hills.\n\n' +
    'The bridge will be repainted next year, the rail operator said.';

  it('answers what the person does with the title written before the honorific', () => {
    const a = ask(article, 'whats anna forde’s job');
    expect(a.answered).toBe(true);
    // ("Council ecologist": the body's word before the title goes with it.)
    expect(a.answer.toLowerCase()).toBe('council ecologist');
  });
});

describe('"the last" asked in the present or the future is the final one, still to come', () => {
  const article =
    'date 2025-10-20\n\nThe ferry operator said last month that the Colby crossing, which runs four times a day, had lost money for years.\n\n' +
    'The service will make its final crossing on Sunday 14 December, the company said.\n\n' +
    'More than 900 people have signed a petition to save it.';

  it('answers "when’s the last ferry" with the date still to come', () => {
    for (const question of ['when’s the last ferry', 'when is the last ferry']) {
      const a = ask(article, question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('Sunday 14 December');
    }
  });
});

describe('"when does it start?" answered by a time written after "from"', () => {
  const article =
    'date 2026-03-10\n\nVisitors will have to pay to use the Colby Park tennis courts for the first time from 4 May, after the town council approved fees for them.\n\n' +
    'A one-hour booking will cost £6, the council said.\n\n' +
    'Some players said they would move to the free courts at Hale.';

  it('gives the time after "from" as when the fees start', () => {
    const a = ask(article, 'when do the tennis court fees start');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('4 May');
  });
});

describe('a rate that closes the clause, past the span of time the count is over', () => {
  const article =
    'date 2025-05-12\n\nThe pond at Colby Common has been named a wildlife site, the council said.\n\n' +
    'It means volunteers will count the newts at least 12 times between 1 March and 31 July each year.\n\n' +
    'About 40 people joined the first count on Saturday.';

  it('gives a closing rate to the value nearest it, not to one written before another value', () => {
    const a = ask('date 2025-05-12\n\nA worker earning the average wage of 28,000 crowns would save about 640 crowns a year, the ministry said.', 'how much would a worker on the average wage save per year');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('640 crowns');
  });

  it('reads "each year" at the clause’s end as the count’s rate', () => {
    const a = ask(article, 'how many times a year will they count the newts');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12 times');
  });
});

describe('"how long has it existed?" asks how old a thing is: "in its 40-year history"', () => {
  const article =
    'date 2025-11-03\n\nSingers from Colby were celebrating on Sunday after their community choir won a regional trophy for the first time in its 40-year history.\n\n' +
    'The choir beat 14 others at the contest in Hale.\n\n' +
    'Its conductor said the members would now rest for a month.';

  it('answers with the length of the owner’s history', () => {
    for (const question of ['how long has the choir existed', 'how long has the choir been going']) {
      const a = ask(article, question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('40-year');
    }
  });
});

describe('"who estimates …?": the subject written before the very verb asked by', () => {
  const article =
    'date 2026-07-14\n\nA dry spring has cut the apple harvest across the Colby valley by about a third.\n\n' +
    'The Valley Orchards Union (VOU) estimates total losses to growers at 40 million euros, twice the figure for 2022.\n\n' +
    'Prices in shops are expected to rise in the autumn.';

  it('answers with the subject of "estimates"', () => {
    const a = ask(article, 'Who estimates the growers’ losses at 40 million euros?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('The Valley Orchards Union');
  });
});

describe('everyday words for the police and for medicines: "cops", "meds"', () => {
  const article =
    'date 2026-02-20\n\nTwo men escaped from Colby prison on Sunday night by climbing over a kitchen roof.\n\n' +
    'More than 300 police officers are searching the woods around the town, the force said.\n\n' +
    'Inspectors at a Colby nursing home found that eight of the 40 residents had not been given their medicines on time.';

  it('reads "cops" as police officers', () => {
    const a = ask(article, 'how many cops are searching for them');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('300');
  });

  it('reads "meds" as medicines', () => {
    const a = ask(article, 'how many residents didnt get their meds on time');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('medicines on time');
  });
});

describe('the everyday and the plain words for the same people and plight', () => {
  const article =
    'date 2026-01-16\n\nHeavy snow closed the moor road above Colby on Thursday.\n\n' +
    'Volunteers handed out soup and blankets to about 450 drivers who were trapped overnight, the council said.\n\n' +
    'Police have told walkers to keep at least 3 kilometres away from the ridge until the snow melts.';

  it('reads "motorists" as drivers and "got stuck" as were trapped', () => {
    const a = ask(article, 'how many motorists got stuck overnight');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('450');
  });

  it('reads "hikers" as walkers', () => {
    const a = ask(article, 'how far away should hikers stay from the ridge');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3 kilometres');
  });
});

describe('more plain and everyday words for one act: "wipe" / "delete", "hire" / "recruit", "intruders" / "attackers"', () => {
  it('relates each pair', () => {
    for (const [a, b] of [['wipe', 'delete'], ['hired', 'recruited'], ['intruders', 'attackers']]) expect(areRelated(termOfWord(a), termOfWord(b))).toBe(true);
  });

  it('answers "wipe" by a sentence that says delete', () => {
    const article =
      'date 2025-06-20\n\nThe court upheld most of the new data law on Friday.\n\n' +
      'Phone operators will have 60 days to delete the records gathered only under the act.\n\n' +
      'The regulator has recruited 25 new inspectors to check that they do.';
    const a = ask(article, 'how long do phone firms get to wipe the data');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('60 days');
  });
});
