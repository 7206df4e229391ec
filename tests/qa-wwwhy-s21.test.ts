/**
 * Who, when, where and why questions answered from invented news prose: each case is a general
 * form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('when … again: an act asked to happen again is told by a verb of its resuming', () => {
  const article =
    'date 2025-02-14\n\n' +
    'A burst water main flooded the underground car park beneath the Selwick shopping centre on Tuesday, forcing the centre to close for two days.\n\n' +
    'Firefighters pumped about 400,000 litres of water out of the building overnight.\n\n' +
    'The shopping centre reopened to customers at 9 a.m. on Thursday, its manager said.\n\n' +
    'Repairs to the car park are expected to cost about 1.2 million crowns.';

  it('“when did the centre open again” is answered by “reopened … at 9 a.m. on Thursday”', () => {
    const a = ask(article, 'When did the shopping centre open again?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9 a.m.');
    expect(a.sources[0]?.text).toContain('reopened to customers');
  });

  it('“when did the centre close” is still answered by the closing, not the reopening', () => {
    const a = ask(article, 'When did the shopping centre close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tuesday');
    expect(a.sources[0]?.text ?? '').not.toContain('reopened');
  });
});

describe('who runs X: a leading title of the asked body answers, though the sentence names it only by the story’s title', () => {
  const article =
    'Harlow Biscuits profit slips as wheat costs bite\n\n' +
    'SKELLAND, Varnia (Nordwire) — Harlow Biscuits, the country’s second-largest baker, said on Monday that its half-year profit fell 9 percent to 41 million crowns as the price of wheat rose sharply.\n\n' +
    'The company’s shares dropped 4.5 percent in early trading.\n\n' +
    'Chief Executive Ingrid Pelsmark, 49, blamed a poor harvest and higher energy bills, and said prices in the baker’s shops would rise by about 3 percent from July.\n\n' +
    'Analysts at Torvald Bank said the results were weaker than expected.';

  it('“who runs Harlow Biscuits” is answered by “Chief Executive Ingrid Pelsmark”', () => {
    const a = ask(article, 'Who runs Harlow Biscuits?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ingrid Pelsmark');
    expect(a.sources[0]?.text).toContain('Chief Executive Ingrid Pelsmark');
  });

  it('“who runs Torvald Bank” is not answered by the baker’s chief executive', () => {
    const a = ask(article, 'Who runs Torvald Bank?');
    expect(a.answer).not.toContain('Pelsmark');
  });
});

describe('why: what an inquiry’s evidence points to is the cause of the story’s own event', () => {
  const article =
    'date 2025-09-03\n\n' +
    'A pedestrian footbridge over the River Ulme in the town of Brackwater collapsed on Tuesday afternoon, injuring six people who were crossing it.\n\n' +
    'The 35-metre timber bridge had been built in 1987 and was last inspected two years ago, the town council said.\n\n' +
    'Initial checks pointed to rot in two of the main wooden beams, said engineer Tomas Vardell, who is leading the council’s review.\n\n' +
    'Rescuers pulled three people from the water.';

  it('“why did the footbridge collapse” is answered by what the checks pointed to', () => {
    const a = ask(article, 'Why did the footbridge collapse?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('rot in two of the main wooden beams');
    expect(a.sources[0]?.text).toContain('Initial checks pointed to');
  });

  it('a why-question the lead does not tell of is not given that cause', () => {
    const a = ask(article, 'Why was the bridge built in 1987?');
    expect(a.answer).not.toContain('rot');
  });
});

describe('a thing picked out by its place in a series is not answered by another of the series', () => {
  const article =
    'date 2026-04-12\n\n' +
    'A restored paddle steamer carried passengers on Lake Orsen again on Saturday for the first time in 40 years.\n\n' +
    'The first sailing left the pier at Halby at 9:30 a.m. with 180 passengers on board.\n\n' +
    'In the first year of the project, volunteers spent 12,000 hours repairing the hull.';

  it('“what time does the last sailing leave” is not answered by the first sailing', () => {
    const a = ask(article, 'What time does the last sailing leave?');
    expect(a.answered).toBe(false);
  });

  it('“what time did the first sailing leave” is still answered', () => {
    const a = ask(article, 'What time did the first sailing leave?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9:30 a.m.');
    expect(a.sources[0]?.text).toContain('The first sailing left');
  });

  it('“the 1st year” is the first year', () => {
    const a = ask(article, 'How many hours did volunteers spend on the hull in the 1st year?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12,000 hours');
  });
});

describe('where is X based: a body’s home named in apposition', () => {
  const opening = 'date 2026-03-02\n\nThe Marsby Chamber Choir has named the Swedish-born singer Lotta Fenner as its new artistic director.\n\n';
  const closing = '\n\nFenner, 44, will take up the post in August.';

  it('“where is the choir based” is answered by “the Lindgate Hall, the choir’s home”', () => {
    const a = ask(`${opening}"This choir has a warmth you hear in the first bar," Fenner told reporters at the Lindgate Hall, the choir's home.${closing}`, 'Where is the choir based?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Lindgate Hall');
    expect(a.sources[0]?.text).toContain("the choir's home");
  });

  it('a “home concert” names no home', () => {
    const a = ask(`${opening}"This choir has a warmth you hear in the first bar," Fenner said before the choir's home concert, the Winter Gala.${closing}`, 'Where is the choir based?');
    expect(a.answer).not.toContain('Winter Gala');
  });
});

describe('what did X tell Y to do: the act after the “to” of a verb of directing', () => {
  const article =
    'date 2025-08-19\n\n' +
    'A chemical spill from a tanker lorry closed the main road into the town of Tevsby on Monday, the fire service said.\n\n' +
    'Mayor Karin Holvast urged residents to keep their windows shut until the evening.\n\n' +
    '"We were lucky the wind was blowing away from the houses," Holvast said.';

  it('“what did the mayor tell residents to do” is answered by what she urged them to do', () => {
    const a = ask(article, 'What did the mayor tell residents to do?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('keep their windows shut');
    expect(a.sources[0]?.text).toContain('urged residents');
  });

  it('“what did the mayor say” is still answered by her words', () => {
    const a = ask(article, 'What did the mayor say about the wind?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the wind was blowing away');
  });
});
