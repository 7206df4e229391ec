/**
 * Trap questions (the article does not say) that a value of a neighbouring thing used to answer:
 * each case is a general form of English news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how many: a count of another thing the question names is no count of the asked one', () => {
  const article =
    'date 2026-04-02\n\n' +
    'A fire broke out on Tuesday at a warehouse run by Marbeck Logistics near Orrin, halting deliveries across the north.\n\n' +
    'It is one of four Marbeck warehouses in the country; the other three, in Tessel and Dunby, were not affected.\n\n' +
    'The Orrin building stores around 20,000 pallets on three floors.\n\n' +
    'Firefighters said nobody was hurt, and the forklifts were moved out of the building in time.';

  it('“how many forklifts are in the Tessel warehouse?” is declined: “four Marbeck warehouses” counts warehouses', () => {
    const a = ask(article, 'How many forklifts are in the Tessel warehouse?');
    expect(a.answered).toBe(false);
  });

  it('“how many warehouses does Marbeck run?” is still answered by that count', () => {
    const a = ask(article, 'How many warehouses does Marbeck run?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('four');
    expect(a.sources[0]?.text).toContain('one of four Marbeck warehouses');
  });

  it('“how many pallets does the Orrin building store?” is still answered', () => {
    const a = ask(article, 'How many pallets does the Orrin building store?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('20,000');
    expect(a.sources[0]?.text).toContain('stores around 20,000 pallets');
  });
});

describe('which: a noun whose things have names is answered by a name, not by the kind named back', () => {
  const article =
    'date 2026-05-11\n\n' +
    'The retired footballer Anton Berevik, 71, has died, his family said on Sunday.\n\n' +
    'Berevik died of heart failure after being taken to hospital three days earlier, his son said.\n\n' +
    'He played 400 games for Tarnholt United and later coached the club for six years.';

  it('“which hospital was Berevik taken to?” is declined: “to hospital three days earlier” names none', () => {
    const a = ask(article, 'Which hospital was Berevik taken to?');
    expect(a.answered).toBe(false);
  });

  it('“which club did Berevik coach?” is still answered by the club’s name', () => {
    const a = ask(article, 'Which club did Berevik coach?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tarnholt United');
    expect(a.sources[0]?.text).toContain('coached the club');
  });
});

describe('who holds an office: the name of a body holds none', () => {
  const article =
    'date 2026-03-09\n\n' +
    'The furniture retailer Delmark Interiors Group said on Monday its sales fell 4 percent in the three months to February.\n\n' +
    'Chief Executive Petra Valsund, 52, blamed a cold and wet spring, which she said delayed purchases of garden chairs.\n\n' +
    'Delmark’s smaller rival, Harwen Living, reported a 3 percent rise in sales last week, helped by heavy discounting.\n\n' +
    'Valsund, who took over as chief executive in 2022, has promised to cut costs by 200 million krona.';

  it('“who is the ceo of harwen living” is declined: the rival’s sentence names only companies', () => {
    const a = ask(article, 'who is the ceo of harwen living');
    expect(a.answered).toBe(false);
  });

  it('“who is the chief executive of Delmark?” is still answered by the person', () => {
    const a = ask(article, 'Who is the chief executive of Delmark?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Petra Valsund');
    expect(a.sources[0]?.text).toContain('Chief Executive Petra Valsund');
  });
});

describe('how much: a sum for a whole is not the sum of one part it lists', () => {
  const article =
    'date 2026-06-20\n\n' +
    'The town of Brellby will rename its main square after a local nurse, the council decided on Tuesday.\n\n' +
    'The change is expected to cost the council about 24,000 euros in total, including new street signs, letters to residents and updated maps.\n\n' +
    'The new signs will be put up in September.\n\n' +
    'Councillors voted 19 to 4 in favour.';

  it('“how much will the new signs cost?” is declined: the signs are one listed part of the total', () => {
    const a = ask(article, 'How much will the new signs cost?');
    expect(a.answered).toBe(false);
  });

  it('“how much will the change cost the council?” is still answered by the total', () => {
    const a = ask(article, 'How much will the change cost the council?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('24,000 euros');
    expect(a.sources[0]?.text).toContain('about 24,000 euros in total');
  });
});

describe('how much: a total part of which came from the asked giver is not the giver’s sum', () => {
  const article =
    'date 2026-04-11\n\n' +
    'Divers have raised a 17th-century cannon from the harbour at Kessel Point, the city museum said on Friday.\n\n' +
    'The three-year dig has cost 1.4 million kroner, most of it paid by the Orland Trust, with the rest coming from the Coastal Heritage Fund and the city.\n\n' +
    'The cannon will go on show in the museum next spring.';

  it('“how much did the Coastal Heritage Fund contribute?” is declined: it gave part of “the rest”', () => {
    const a = ask(article, 'How much did the Coastal Heritage Fund contribute to the dig?');
    expect(a.answered).toBe(false);
  });

  it('“how much has the dig cost?” is still answered by the total', () => {
    const a = ask(article, 'How much has the dig cost?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1.4 million kroner');
    expect(a.sources[0]?.text).toContain('has cost 1.4 million kroner');
  });
});
