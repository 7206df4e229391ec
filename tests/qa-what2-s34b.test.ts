/**
 * "What" questions: general ways news tells what such a question asks, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a consequence told after its condition in no modal answers “what happens if”', () => {
  const article =
    'date 2026-04-11\n\nA flock of sheep has been brought in to graze the steep banks of the Pellory reservoir in Threnwick this spring.\n\n' +
    'Each ewe wears a radio tag linked to a map held by the water company; if a ewe strays beyond the dam wall, the tag sends a text to the shepherd on duty.\n\n' +
    'Riders who failed the fitness check were sent straight to a vet, usually one based at the same stables rather than at the county clinic.\n\n' +
    'The banks were counted in May, photographed and mapped, and any ewe that looked lame or thin was taken back to the farm at Colbury End.\n\n' +
    'The trial will run until October.';

  it('answers from the clause after a condition that opens a clause after a semicolon', () => {
    const a = ask(article, 'what happens if a ewe strays beyond the dam');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^the tag sends a text/);
  });

  it('answers from the main verb after a subject restricted by a “who” clause', () => {
    const a = ask(article, 'what happens if a rider fails the fitness test');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^sent straight to a vet/);
  });

  it('answers from the main verb after an “any … that” subject opening a clause after “and”', () => {
    const a = ask(article, 'what happened if a ewe looked lame');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^taken back to the farm/);
  });
});

describe('a demand told after a word of asking or wanting answers what someone asks for', () => {
  const article =
    'date 2026-05-19\n\nBus drivers at Pellwick Coaches began a week-long strike on Monday, leaving about 9,000 passengers in the Ostleby valley without a service.\n\n' +
    'According to the union, around 1 in 5 posts for drivers at the Pellwick depot are empty, and the firm has relied on rest-day working to keep routes running.\n\n' +
    'The drivers have asked for 7 per cent.\n\n' +
    'A petition signed by 2,300 passengers will be handed in at Ostleby Town Hall at noon on Friday.\n\n' +
    'Its organiser, Marnie Quellick, who waited two hours for a bus last winter, said the petition was calling for the council to run a backup minibus on strike days.\n\n' +
    'The council leader, Osric Pellafew, said he had requested two extra school buses from the neighbouring county of Quillbrasse.';

  it('answers what the drivers are demanding from a sentence telling what they asked for', () => {
    const a = ask(article, 'and what are the drivers demanding');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/7 per cent/);
  });

  it('answers what the petition wants from what it is calling for, not from when it is handed in', () => {
    const a = ask(article, 'what does the petition want');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^the council to run a backup minibus/);
  });

  it('answers what help the leader requested from what follows “requested”', () => {
    const a = ask(article, 'What extra help did he request from Quillbrasse?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^two extra school buses/);
  });
});
