/**
 * Quote and source questions: a speaker's words on the asked topic over a claim and over her words
 * beside it on something else; and for "who said …?" of a quotation standing alone, the sentence
 * that names its speaker cited first. Invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('her words on the asked topic answer over a claim and over her words next to it', () => {
  const article =
    'date 2026-03-14\n\nA primary school in Quelbury has won a national prize for its vegetable garden, which pupils built on an old tarmac yard.\n\n' +
    'The head teacher, Vessaline Blakesley, said the school had put a photograph of the garden, which shows Lorcan and his class planting leeks, in the entrance hall. ' +
    '"The pupils were thrilled to see their garden in a real magazine," she said. ' +
    '"Lorcan now tells everyone he is going to be a farmer, and nobody here is going to stop him."\n\n' +
    'The prize comes with a cheque for £2,000.';

  it('answers what the head teacher said about Lorcan with her words about Lorcan', () => {
    const a = ask(article, 'what did the head teacher say about Lorcan');
    expect(a.answer).toMatch(/going to be a farmer/);
  });
});

describe('“who said …?” of a quotation standing alone cites first the sentence naming its speaker', () => {
  const article =
    'date 2026-02-09\n\nA ferry that carried islanders across the Sound of Ketterby for 40 years made its last crossing on Sunday.\n\n' +
    'Skipper Thaddeus Penwarden, 66, who has steered the boat since 1991, said he would miss the early crossings most. ' +
    '"You see the sun come up over the island every single morning," he said. ' +
    '"I have spent more of my life on this water than on dry land."\n\n' +
    'A new ferry is due in the spring.';

  it('names the skipper and cites the sentence that names him first', () => {
    const a = ask(article, 'who said he spent more of his life on the water than on land');
    expect(a.answer).toMatch(/Penwarden/);
    expect(a.sources[0]?.text).toMatch(/Skipper Thaddeus Penwarden/);
  });
});
