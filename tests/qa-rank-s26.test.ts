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
