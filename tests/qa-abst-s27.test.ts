/**
 * Right answers the engine declined: general reasons a right sentence earned too little
 * confidence, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a related word counts nearly as the question’s word written', () => {
  const article =
    'date 2026-06-14\n\nBeaches along the Colby coast were closed on Saturday after a bloom of toxic algae turned the water green.\n\n' +
    'Four children became ill after swimming near the harbour wall on Friday, the regional health board said.\n\n' +
    'Parents were told to keep children and dogs away from the water and to watch for signs of illness such as vomiting or a rash.\n\n' +
    'The algae can make people and animals ill if they swallow the water, the board said.\n\n' +
    'A storm in the spring destroyed 35 homes in the town and damaged about 90 more.\n\n' +
    'Many homes along the front still have sandbags at their doors.\n\n' +
    'Two fishermen were killed when their boat capsized near the headland in March.\n\n' +
    'The board said the bays would stay closed until fresh samples came back clear.';

  it('answers how many kids fell sick with the four children who became ill', () => {
    const a = ask(article, 'How many kids fell sick?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Four children');
  });

  it('answers how many houses were wrecked with the homes destroyed', () => {
    const a = ask(article, 'How many houses were wrecked?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('35 homes');
  });

  it('still declines a kind of person the article never counts', () => {
    expect(ask(article, 'How many teachers fell sick?').answered).toBe(false);
  });
});

describe('a count of the very noun asked answers, though the sentence words the act otherwise', () => {
  const article =
    'date 2026-08-02\n\nA wildfire in the hills above Colby had burned about 4,000 hectares by Sunday night, the county fire brigade said.\n\n' +
    'Around 350 firefighters were working through the night to stop the flames reaching the town, supported by six water-bombing planes.\n\n' +
    'About 1,200 residents left their homes on Saturday, and a sports hall in Dorrant has been opened as a shelter.\n\n' +
    'One firefighter was treated for burns to his hands, the service said.\n\n' +
    'Strong winds were expected to ease on Monday.';

  it('answers how many firefighters are battling the blaze with the 350 working on it', () => {
    const a = ask(article, 'How many firefighters are battling the blaze?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('350 firefighters');
  });

  it('still declines a count of a noun the article never counts', () => {
    expect(ask(article, 'How many helicopters are battling the blaze?').answered).toBe(false);
  });
});
