/**
 * How-many, how-much, how-long and how-far questions answered from invented news prose: each case
 * is a general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how much a year: the rate may close the phrase of what is measured', () => {
  const article =
    'date 2025-04-09\n\n' +
    'Lowmark will ban single-use coffee cups from cafes and canteens from next January, the environment ministry said on Wednesday.\n\n' +
    'The country throws away about 230,000 tonnes of food packaging waste each year, according to the national recycling office.\n\n' +
    'Cafes that break the rules could be fined up to 2,000 crowns.';

  it('“how much food packaging waste a year” is answered by “230,000 tonnes of food packaging waste each year”', () => {
    const a = ask(article, 'How much food packaging waste does the country throw away a year?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('230,000 tonnes');
    expect(a.sources[0]?.text).toContain('each year');
  });

  it('a rate asked by the month is still not the yearly figure', () => {
    const a = ask(article, 'How much food packaging waste does the country throw away a month?');
    expect(a.answered).toBe(false);
  });
});

describe('how long: a length by which something came late is a delay', () => {
  const article =
    'date 2026-02-11\n\n' +
    'The new motorway between Arnholt and Selby has been delayed by at least three years, the national roads agency said on Tuesday.\n\n' +
    'The agency blamed a shortage of concrete and a legal dispute over land near the Tarn river.\n\n' +
    'Its cost has risen to 2.3 billion crowns.';

  it('“how long will the drive take” is not answered by the delay', () => {
    const a = ask(article, 'How long will the drive between Arnholt and Selby take?');
    expect(a.answer).not.toContain('three years');
  });

  it('“how long has the motorway been delayed” is still answered by it', () => {
    const a = ask(article, 'How long has the motorway been delayed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('three years');
  });
});

describe('how far did the shares fall: a market’s move is a share, not a distance', () => {
  const article =
    'date 2025-09-16\n\n' +
    'Brevik Motors recalled 48,000 electric vans on Monday after a fault was found in their brake software.\n\n' +
    'Shares in Brevik fell 6.1 percent in Hallstad trading after the announcement.\n\n' +
    'A crane at the company’s plant in Orvik fell about 30 metres onto a car park last year.';

  it('“how far did the shares fall” is answered by “6.1 percent”', () => {
    const a = ask(article, 'How far did Brevik’s shares fall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6.1 percent');
  });

  it('“how far did the crane fall” still asks for a distance', () => {
    const a = ask(article, 'How far did the crane fall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('30 metres');
  });
});

describe('how many: a share is no count', () => {
  const article =
    'date 2026-03-04\n\n' +
    'Nurses at Kellmoor General Hospital will strike for two days next week over staffing, their union said on Wednesday.\n\n' +
    'The strike was backed by 82 percent of the union’s nurses in a ballot last month.\n\n' +
    'The hospital treats about 90,000 patients a year.';

  it('“how many nurses are in the union” is not answered by the share that backed the strike', () => {
    const a = ask(article, 'How many nurses are in the union?');
    expect(a.answer).not.toContain('82 percent');
  });

  it('“what share of the nurses backed the strike” is still answered by it', () => {
    const a = ask(article, 'What share of the nurses backed the strike?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('82 percent');
    expect(a.sources[0]?.text).toContain('backed by 82 percent');
  });

  it('a share written beside its count still answers how many', () => {
    const a = ask(
      'date 2026-01-20\n\nThe census found that Tarvish speakers number about 410,000 people, or 7.5% of the country’s population.\n\nThe language is taught in 120 schools.',
      'How many Tarvish speakers live in the country?',
    );
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('410,000 people');
  });
});

describe('an asked year told only in a clause of its own is not the value’s', () => {
  const article =
    'date 2025-05-14\n\n' +
    'Former owner Piet Hallander, who bought Marlow Town in 2012 and sold it in 2019, was fined 2.4 million pounds on Tuesday for tax fraud.\n\n' +
    'In 2012, Hallander paid 9 million pounds for a hotel in Arnby.\n\n' +
    'The collapse is the worst in the region since 2008, when a storm flooded the valley and left 140 people homeless.';

  it('“how much did he pay for the club in 2012” is not answered by the fine', () => {
    const a = ask(article, 'How much did Hallander pay for Marlow Town in 2012?');
    expect(a.answer).not.toContain('2.4 million');
  });

  it('a year opening the value’s own clause still dates it', () => {
    const a = ask(article, 'How much did Hallander pay for the hotel in 2012?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9 million pounds');
  });

  it('a “when” clause on the year tells of it', () => {
    const a = ask(article, 'How many people were left homeless in 2008?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('140 people');
  });
});

describe('how many days: a measure in the counted unit counts it', () => {
  const article =
    'date 2025-08-12\n\n' +
    'The ferry strike has left the island of Skerra cut off for six days.\n\n' +
    'About 40 lorries are waiting at the port of Vennby.';

  it('“for how many days has the island been stranded” is answered by “for six days”', () => {
    const a = ask(article, 'For how many days has Skerra been stranded?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('six days');
  });

  it('“how many lorries” still counts the lorries', () => {
    const a = ask(article, 'How many lorries are waiting at the port?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('40 lorries');
  });
});

describe('how long: a word on how the time ran may stand between the count and its unit', () => {
  const article =
    'date 2025-08-12\n\n' +
    'Temperatures in Orlavik stayed above 35 degrees for 12 consecutive days in July, the weather office said.\n\n' +
    'The city will rely on water trucks for at least three more weeks, the mayor said.\n\n' +
    'Three more towns have asked for help.';

  it('“12 consecutive days” is a duration', () => {
    const a = ask(article, 'How long did temperatures in Orlavik stay above 35 degrees in July?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12 consecutive days');
  });

  it('“at least three more weeks” is a duration', () => {
    const a = ask(article, 'How long will the city rely on water trucks?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('three more weeks');
  });

  it('“three more towns” is still a count', () => {
    const a = ask(article, 'How many more towns have asked for help?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Three more towns');
  });
});

describe('how tall: a height may be told by what rises', () => {
  const article =
    'date 2026-04-02\n\n' +
    'Astronomers at the Orrin Observatory have begun using a new radio dish on a plateau that rises 2,310 metres above sea level.\n\n' +
    'The old telescope stood about 300 metres from the visitor centre.';

  it('“how tall is the plateau” is answered by “rises 2,310 metres”', () => {
    const a = ask(article, 'How tall is the plateau?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2,310 metres');
  });

  it('a distance from a place is still no height', () => {
    const a = ask(article, 'How tall is the old telescope?');
    expect(a.answer).not.toContain('300 metres');
  });
});
