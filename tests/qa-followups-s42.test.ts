/**
 * Follow-up pronouns resolved over invented news prose: each case is a general form of English
 * conversation, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, Conversation, knowledgeBaseFromText } from '../src/engine.js';
import { resolveFollowUp } from '../src/qa/followup.js';

describe('follow-ups: "her" is a possessive only before what it owns', () => {
  const kb = knowledgeBaseFromText(
    'inline.txt',
    'date 2025-03-02\n\n' +
      'A rye loaf baked without wheat has won the county bread prize for the Mossgarth Bakery in Brindlecote.\n\n' +
      'The loaf was created by the bakery’s head baker, Morwen Carrack, 38, after a regular customer asked for a bread her son could eat.\n\n' +
      'Judges praised its crust and its keeping quality.',
  );
  const afterWhoMadeIt = (): Conversation => {
    const conversation = new Conversation();
    answerQuestion(kb, 'who created the loaf', conversation);
    return conversation;
  };

  it('"what gave her the idea" names her as the one given it, not as an owner', () => {
    expect(resolveFollowUp('what gave her the idea', afterWhoMadeIt(), kb)).toBe('what gave Morwen Carrack the idea');
  });

  it('"what made her try rye" and "who trained her" keep her as the object', () => {
    expect(resolveFollowUp('what made her try rye', afterWhoMadeIt(), kb)).toBe('what made Morwen Carrack try rye');
    expect(resolveFollowUp('who trained her?', afterWhoMadeIt(), kb)).toBe('who trained Morwen Carrack?');
  });

  it('"her job" and "her first prize" still own', () => {
    expect(resolveFollowUp('what is her job', afterWhoMadeIt(), kb)).toBe("what is Morwen Carrack's job");
    expect(resolveFollowUp('was it her first prize', afterWhoMadeIt(), kb)).toBe("was it Morwen Carrack's first prize");
  });
});
