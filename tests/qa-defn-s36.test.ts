/**
 * Ages: general ways news writes whose age a number is, each over invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an age written before a thing’s noun is the thing’s, not the asked person’s', () => {
  const article =
    'date 2026-08-04\n\nA pony that went missing from a field near Dunsvorrow a month ago has been found grazing on a golf course.\n\n' +
    'The six-year-old grey mare, called Bramble, was spotted on Tuesday at the edge of the seventh fairway, three miles from Ada Thwaiteson’s paddock.\n\n' +
    'Ms Thwaiteson, 64, said she had almost given up hope.\n\n' +
    'Golf club staff kept the pony in a bunker until she arrived with a horsebox.';

  it('answers how old the owner is with her own age', () => {
    const a = ask(article, 'How old is Ms Thwaiteson?');
    expect(a.answer).toMatch(/64/);
  });
});

describe('a word for a parent or grandchild names a person, whose age is written beside the name', () => {
  const article =
    'date 2026-03-09\n\nA hill farm above Colverdale has opened a shop selling its own lamb and wool.\n\n' +
    'Cal Cadwaller, 44, who runs the farm with his mother Enid, 70, said the shop had been busy since it opened on Saturday.\n\n' +
    'The shop opens from 9am to 5pm, Thursday to Sunday.';

  it('answers how old his mum is with the age written after her name', () => {
    const a = ask(article, 'how old is his mum');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/70/);
  });
});
