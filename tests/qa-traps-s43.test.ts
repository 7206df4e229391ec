/**
 * Traps (round s43): questions an article leaves unanswered while giving a near miss, declined by
 * general regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe("a person's name asked is not answered by a name of no person, nor by a common noun", () => {
  const pothole =
    'Cyclist hurt on Hathercott Lane\n\n' +
    'A 45-year-old man from the Tollamy estate was taken to hospital on Sunday after his bicycle hit a pothole on Hathercott Lane.\n\n' +
    'The county said the lane would be resurfaced in the spring.';
  const named =
    'Cyclist hurt on Hathercott Lane\n\n' +
    'A 45-year-old man, Lorcan Pellerby, from the Tollamy estate was taken to hospital on Sunday after his bicycle hit a pothole on Hathercott Lane.\n\n' +
    'The county said the lane would be resurfaced in the spring.';
  const ringer =
    'Ringer honoured\n\n' +
    "A bell ringer at St Wendrum's Church has rung for 70 years, a record for the county.\n\n" +
    'The bishop gave her a silver medal on Sunday.';

  it("declines the name of a man the sentence leaves unnamed, beside an estate's name, and gives it where written", () => {
    expect(ask(pothole, 'what was the name of the man taken to hospital').answered).toBe(false);
    const a = ask(named, 'what was the name of the man taken to hospital');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Pellerby');
  });

  it("declines the name of a woman the sentence leaves unnamed, beside a church's name", () => {
    expect(ask(ringer, "what's the name of the woman who rang for 70 years").answered).toBe(false);
  });
});
