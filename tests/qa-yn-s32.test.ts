/**
 * Yes/no questions: general ways news says yes or no to the asked act, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clause saying this is not the first cites the earlier one told after it', () => {
  const article =
    'date 2026-03-10\n\nA footbridge over the River Teal in Marnock was closed on Monday after floodwater swept away part of its handrail.\n\n' +
    'Engineers said the bridge would stay shut for at least a fortnight while the damage was assessed.\n\n' +
    'It is not the first time the footbridge has been damaged by floods. In 2014, a fallen tree carried downstream by high water smashed two of its wooden spans.\n\n' +
    'The town council said it would ask for money to raise the bridge by half a metre.';

  it('answers whether the bridge was damaged before with the earlier flood', () => {
    const a = ask(article, 'Has the footbridge been damaged by floods before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: In 2014, a fallen tree/);
    expect(a.sources[0]?.text).toMatch(/^In 2014/);
  });

  it('reads “not the first raid” as there having been earlier ones', () => {
    const raid =
      'date 2025-11-04\n\nThieves broke into a jewellery shop in Fellbridge on Sunday night and took rings worth about £40,000.\n\n' +
      'Police said the raiders smashed the front window with a sledgehammer.\n\n' +
      'It is not the first raid on the shop. In 2021, two men on a moped stole watches from its display cabinet.\n\n' +
      'The owner said he would fit steel shutters.';
    const a = ask(raid, 'Has the shop been raided before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: In 2021, two men/);
  });
});

describe('questions on earlier times are answered by the sentence that counts them', () => {
  const article =
    'date 2025-09-18\n\nHolt Valley Water said on Wednesday it would replace 3 kilometres of pipe under Mill Road in Dunford after a burst flooded six houses.\n\n' +
    'The company said it would pay for the clean-up and put residents up in hotels.\n\n' +
    'It was the third burst under the road in five years. In 2022, a leak from the same main washed away part of the pavement outside the primary school.\n\n' +
    'Retired postman Osric Danbury, 81, who lives at the end of the road, said he had never seen water come up so fast.\n\n' +
    'Mr Danbury, who has fished from the bank of the Dun since he was a boy, said he had never been out on the water in a boat.';

  it('answers “is this the first time” from the count, not the lead on this burst', () => {
    const a = ask(article, 'Is this the first time a pipe has burst under Mill Road?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No: It was the third burst/);
  });

  it('answers “has anything … before?” with the earlier one the next sentence names', () => {
    const a = ask(article, 'Has anything burst under Mill Road before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: In 2022, a leak/);
  });

  it('reads “never” as no to an “ever”, though the verb is a light one', () => {
    const a = ask(article, 'has osric danbury ever been in a boat');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No:/);
  });
});

describe('an ordinal counting who has done an act counts the times', () => {
  it('answers “is this the first time” from “the first village … to ban”', () => {
    const article =
      'date 2026-01-12\n\nParish councillors in Stowmere have voted to ban fireworks on the village green from next November.\n\n' +
      'The vote was carried by seven votes to one after complaints from dog owners and the owners of a riding stable.\n\n' +
      'The parish clerk said Stowmere was thought to be the first village in the county to ban fireworks outright.\n\n' +
      'Organised displays at the cricket club will still go ahead.';
    const a = ask(article, 'Is this the first time a village in the county has banned fireworks?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: .*first village in the county/);
  });
});
