/**
 * Traps: questions an article leaves unanswered while giving a near miss, declined by general
 * regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a year the question asks of is written in the sentence or the one just before it', () => {
  const lambing =
    'Lambing record at Pellowick farm\n\n' +
    "Shepherds at Pellowick Farm delivered 412 lambs this spring, the most in the farm's history.\n\n" +
    'The farm keeps about 300 ewes on the hills above the village of Darnholt, which Morwen Treweek bought in 2016.\n\n' +
    'Ms Treweek, 52, said a mild winter had helped.';
  const gallery =
    'Gallery numbers rise\n\n' +
    'The Hobbiscombe gallery in Skeeby welcomed 61,000 visitors over the past twelve months, its director Ruth Coldwick said.\n\n' +
    'The gallery was founded in 1987 and reopened in 2019 after a new roof was fitted.';
  const mill =
    'Mill flood remembered\n\n' +
    'The Vessick mill has reopened after a refit costing £2 million, its owners said in 2021.\n\n' +
    'The mill was last flooded in 1998. That flood ruined 40 looms and closed the mill for a year.';

  it('declines a count asked of a year when the sentence tells of "this spring"', () => {
    expect(ask(lambing, 'how many lambs were delivered in 2023').answered).toBe(false);
  });

  it('declines a count asked of a year when the sentence tells of the past twelve months', () => {
    expect(ask(gallery, 'how many visitors did the gallery get in 2022?').answered).toBe(false);
  });

  it('still answers the count asked with no year', () => {
    const a = ask(lambing, 'how many lambs were delivered');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('412');
    expect(ask(gallery, 'how many visitors did the gallery get?').answer).toContain('61,000');
  });

  it('still answers when the sentence just before names the year', () => {
    const a = ask(mill, 'how many looms did the 1998 flood ruin');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('40');
  });
});

describe('a total is not answered by a figure told of one case or as an average', () => {
  const ferry =
    'Ferry line marks first month\n\n' +
    'The new river ferry between Hobbick and Sallow Point carries about 2,400 passengers a day, the operator said.\n\n' +
    'Its two boats were built at a yard in Trennet and cost £6 million.';
  const rower =
    'Rower reaches harbour\n\n' +
    'The ocean rower Delyth Marrow, 34, reached Quarlby harbour on Friday after 71 days alone at sea.\n\n' +
    '"I never rested more than 25 minutes at a time, so all I want now is a bath," Marrow said.';
  const orchards =
    'Orchard study\n\n' +
    'A study of old orchards in the Ravensgarth valley found that the soil under the trees holds an average of 31 tonnes of carbon per hectare, the university said.\n\n' +
    'The team sampled 48 orchards over two summers.';

  it('declines a total asked of a figure a day', () => {
    expect(ask(ferry, 'how many passengers has the ferry carried in total?').answered).toBe(false);
  });

  it('declines a total asked of a figure "at a time"', () => {
    expect(ask(rower, 'how long did Marrow rest in total?').answered).toBe(false);
  });

  it('declines a total asked of an average', () => {
    expect(ask(orchards, 'how many tonnes of carbon do the orchards hold altogether?').answered).toBe(false);
  });

  it('still answers the figure asked with no total', () => {
    expect(ask(ferry, 'how many passengers does the ferry carry?').answer).toContain('2,400');
    expect(ask(rower, 'how long did she rest at a time?').answer).toContain('25 minutes');
    expect(ask(orchards, 'how much carbon does the soil hold?').answer).toContain('31 tonnes');
  });

  it('still answers a total told as one', () => {
    const a = ask('Ferry totals\n\nThe new river ferry between Hobbick and Sallow Point carried 71,500 passengers in its first month, the operator said.', 'how many passengers did the ferry carry in total in its first month?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('71,500');
  });
});

describe('"N years old" in a sentence leaving the asked person out is the age of a thing', () => {
  const yews =
    'Ancient yews surveyed\n\n' +
    'A survey of churchyards in the Ormside valley has counted 64 yew trees.\n\n' +
    'The team, led by botanist Dr Carys Vantress, measured every trunk. They found that some of the yews were more than 600 years old.';
  const keeper =
    'Lighthouse keeper retires\n\n' +
    'The last keeper of the Scarrow Head lighthouse, Neil Tovey, 63, has retired.\n\n' +
    '"I have loved this light since I was nine years old," Tovey said.';

  it('declines the age of a named person when the sentence gives the age of trees', () => {
    expect(ask(yews, 'how old is Dr Vantress?').answered).toBe(false);
  });

  it('still answers the age of the thing', () => {
    expect(ask(yews, 'how old are the oldest yews?').answer).toContain('600 years old');
  });

  it('still answers an age a speaker tells of themselves in the first person', () => {
    expect(ask(keeper, 'since what age has Tovey loved the light?').answer).toContain('nine years old');
    expect(ask(keeper, 'how old is Neil Tovey?').answer).toContain('63');
  });
});
