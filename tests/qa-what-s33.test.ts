/**
 * "What" questions: general ways news gives what such a question asks, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an address is a street’s name, whatever word for a street the question uses', () => {
  const article =
    'date 2026-04-11\n\nA bakery in Quillbury has won a national award for its sourdough, beating 300 other entries.\n\n' +
    'The bakery was opened in 1987 by Morwenna Askew, who still starts work at 4am most days.\n\n' +
    'Judges said the bakery’s loaves had "a crust you could hear across the room".\n\n' +
    'The bakery employs nine people and sells about 1,200 loaves a week.\n\n' +
    'The bakery, on Ostler Row, will hold an open day on Saturday.\n\n' +
    'The bakery plans to use the prize money to buy a second oven.';

  it('answers what street the bakery is on with the street set after it', () => {
    const a = ask(article, 'what street is the bakery on');
    expect(a.answer).toBe('Ostler Row');
  });

  it('answers the bakery’s address the same way', () => {
    const a = ask(article, 'whats the bakery’s address');
    expect(a.answer).toBe('Ostler Row');
  });
});

describe('a street asked of a named thing is where that thing is', () => {
  const article =
    'date 2026-02-03\n\nA library in Cresham will open in the evenings for the first time from next month.\n\n' +
    'The library on Yarnworth Lane has been run by volunteers since 2019.\n\n' +
    'Roadworks on Mill Road have made it harder to reach the town centre.\n\n' +
    'About 400 people use the library each week.';

  it('answers what road the library is on with its own street', () => {
    const a = ask(article, 'what road is the library on');
    expect(a.answer).toBe('Yarnworth Lane');
  });
});

describe('“what street is it on?” opening a conversation asks of the story’s own subject', () => {
  const article =
    'date 2026-05-20\n\nA village shop in Stavely Cross has been saved by 140 residents who bought shares in it.\n\n' +
    'The shop, on Trundle Lane, had been due to close at the end of the month when its owners retired.\n\n' +
    'The new owners plan to open a small café at the back.';

  it('answers with the street the sentence after the lead places it on', () => {
    const a = ask(article, 'what street is it on');
    expect(a.answer).toBe('Trundle Lane');
  });
});

describe('“what’s happening” and “what’s going on” ask of the asked thing, not of the verb', () => {
  it('answers what is happening with the ferry from the lead, not from a sentence that writes “happened”', () => {
    const article =
      'date 2026-03-09\n\nThe harbour ferry at Quillmouth will stop running at the end of the month after 90 years, its owners said on Monday.\n\n' +
      'The last crossing will be at 5pm on 31 March.\n\n' +
      'Skipper Alun Pardew said it had happened before: the ferry stopped for a year in 1987 when its engine failed.\n\n' +
      'About 40 people a day still use it.';
    const a = ask(article, 'what’s happening with the ferry');
    expect(a.answer).toMatch(/stop running/);
  });

  it('answers what is going on with the display from the lead, not from a quote that writes “going”', () => {
    const article =
      'date 2026-10-02\n\nThe bonfire night display in Yarrowby will go ahead this year after all, a month after it was called off over a row about insurance.\n\n' +
      'Organisers had been told the cover would cost three times what they paid last year.\n\n' +
      '"I\'ve watched the fireworks every year since I was a boy, and I wasn\'t going to let a bit of red tape stop them," said organiser Dilys Wickett.\n\n' +
      'About 1,500 people usually attend.';
    const a = ask(article, 'whats going on with the yarrowby fireworks');
    expect(a.answer).toMatch(/go ahead/);
  });
});
