/**
 * Speakers called by surname alone, in an archive of several articles: a "Mrs X" is the asked
 * person only in the article that names her in full.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse.js';
import { answerQuestion, buildKnowledgeBase, Conversation } from '../src/engine.js';
import { speakersOf } from '../src/qa/extract/speech.js';

describe('a surname-only speaker of another article is someone else', () => {
  const school =
    'date 2026-03-14\n\nPupils at Tresk Vale Primary School have planted 300 trees beside their playing field.\n\n' +
    'Headteacher Idwen Carrowby said the planting had taken three weekends.\n\n' +
    'The trees were given by a county charity.';
  const bakery =
    'date 2026-03-15\n\nA bakery in Pellgate has closed after 60 years.\n\n' +
    '"We sold our last loaf on Saturday and I cried all the way home," Mrs Carrowby said.\n\n' +
    'The shop will become a florist.';
  const kb = buildKnowledgeBase([parseArticle('school.txt', school), parseArticle('bakery.txt', bakery)]);

  it('does not give the baker’s words for the headteacher’s', () => {
    const a = answerQuestion(kb, 'What did Idwen Carrowby say?', new Conversation());
    expect(a.answer).not.toMatch(/last loaf/);
    expect(a.sources[0]?.article).toBe('school.txt');
  });

  it('counts the baker, called only “Mrs Carrowby” in her own article, as no speaker the headteacher’s name refers to', () => {
    expect([...speakersOf(kb, 'Idwen Carrowby')]).toEqual(['Idwen Carrowby']);
  });
});
