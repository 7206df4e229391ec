/**
 * Which sentence answers: general forms of news writing that decide between close candidates,
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a quoted sentence with no speaker of its own goes on with the one before', () => {
  const article =
    'date 2026-03-04\n\nColby harbour will be dredged this summer after the port authority approved a 9 million pound plan on Tuesday.\n\n' +
    'Vogt said trawlers from Colby landed 4,000 tonnes of fish last year, most of it sold at the market in Hale.\n\n' +
    '“We cannot stand still while every harbour along this coast is dredging,” said Ines Vogt, the harbour master, at a meeting attended by the fisheries minister. ' +
    '“If we do nothing, the trawlers will simply go to Marrick.”\n\n' +
    'Work will begin in June.';

  it('answers from the speaker’s next quoted words, which name neither her nor the dredging', () => {
    const a = ask(article, 'Where did Vogt say the trawlers would go if the harbour was not dredged?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('to Marrick');
    expect(a.sources[0]?.text).toContain('If we do nothing');
  });
});

describe('a verb of saying before the “is” reports a view, it defines nothing', () => {
  const article =
    'date 2026-05-12\n\nDivers from Colby have found the wreck of the Corran, a steam trawler lost in a storm in 1911, the county museum said on Monday.\n\n' +
    'The wreck lies on the Hale Bank at a depth of about 40 metres, five miles off the harbour.\n\n' +
    'The team leader, Ana Roth, said the wreck on the Hale Bank was darker and colder than any she had dived in twenty years.\n\n' +
    'The museum hopes to raise the ship’s bell next summer.';

  it('answers from the sentence that gives the depth, not from the diver’s view of the wreck', () => {
    const a = ask(article, 'At what depth is the wreck on the Hale Bank?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('40 metres');
    expect(a.sources[0]?.text).toContain('at a depth of about 40 metres');
  });
});

describe('an “is” in someone’s quoted words reports a view, it defines nothing', () => {
  const article =
    'date 2026-05-12\n\nThe owners of Pell’s, a hardware shop in Colby for 90 years, will close it in June, they said on Monday.\n\n' +
    'A developer has bought the building and plans to turn it into six flats, according to papers filed with the council.\n\n' +
    '“The developer is not the villain here, and the building needs the work,” said Tom Pell, whose grandfather opened the shop.\n\n' +
    'The shop will hold a closing sale in May.';

  it('answers from the sentence telling the plan, not from the owner’s quoted view of the developer', () => {
    for (const question of ['What does the developer plan to do with the building?', 'what is the developer going to do with the building']) {
      const a = ask(article, question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('six flats');
    }
  });
});
