/**
 * Open "what" questions: general ways a sentence tells the asked act of the asked thing, each over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a bare “what” leaves the question’s words to the act, which the sentence writing them all tells', () => {
  const article =
    'date 2026-08-02\n\nTwo chimneys at the former Brackwell brickworks were brought down with explosives on Sunday morning, watched by hundreds of people from a nearby hill.\n\n' +
    'The chimneys, each 60 metres tall, had stood over the works since 1954 and were a landmark for drivers on the coast road.\n\n' +
    'The brickworks closed in 2015 with the loss of 200 jobs, and the site has been fenced off since then.\n\n' +
    'Demolition contractor Halden Group said the blast went to plan and no one was hurt.\n\n' +
    'The 40-hectare site is due to become a housing estate and a primary school, with the first homes expected to be finished in 2029.\n\n' +
    'Former worker Dennis Orr, 74, said he had mixed feelings watching the chimneys fall.';

  it('answers what will be built on the site from the sentence telling what it will become', () => {
    const a = ask(article, 'what will be built on the site');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('housing estate');
  });

  it('still declines a “what” asking a kind the article never gives', () => {
    expect(ask(article, 'what colour were the chimneys painted').answered).toBe(false);
  });
});

describe('the sentence telling the act need lead another sharing the asked thing only a little', () => {
  const article =
    'date 2026-08-02\n\nTwo chimneys at the former Brackwell brickworks were brought down with explosives on Sunday morning, watched by hundreds of people from a nearby hill.\n\n' +
    'The chimneys, each 60 metres tall, had stood over the site since 1954 and were a landmark for drivers on the coast road.\n\n' +
    'The brickworks closed in 2015 with the loss of 200 jobs, and the site has been fenced off since then.\n\n' +
    'The 40-hectare site is due to become a housing estate and a primary school, with the first homes expected to be finished in 2029.';

  it('answers what will be built on the site though another sentence tells of the site too', () => {
    const a = ask(article, 'what will be built on the site');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('housing estate');
  });
});

describe('a sentence far ahead of the rest tells the act though it writes one word otherwise', () => {
  const article =
    'date 2026-09-14\n\nPlans to close the public library in Wetherby Green have been dropped after a campaign by residents.\n\n' +
    'The council had proposed shutting the branch in January to save about £90,000 a year.\n\n' +
    'Campaigner Margaret Doyle, 68, said the council was "treating readers as an afterthought to balance its books".\n\n' +
    'More than 3,000 people signed a petition, and dozens attended a meeting at the town hall last week.';

  it('answers what Doyle accused the council of from what she said it was doing', () => {
    const a = ask(article, 'What did Margaret Doyle accuse the council of?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('treating readers as an afterthought');
  });
});

describe('a question of the money’s use is not answered by a sentence telling no use of it', () => {
  const article =
    'date 2026-11-20\n\nA retired postman from Ashcombe has won £2 million in the national lottery.\n\n' +
    'Derek Vane, 66, bought the ticket at a newsagent’s on his usual Saturday walk.\n\n' +
    'He said he would not spend any of the money until he had talked it over with his three children.\n\n' +
    'The newsagent said it had sold two other winning tickets in the past decade.';

  it('declines what Vane will do with the money', () => {
    expect(ask(article, 'what will Vane do with the money').answered).toBe(false);
  });
});
