/**
 * Which sentence answers: general forms of English and of news writing that decide between close
 * candidates, over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';
import { knowledgeBaseFromText } from '../src/engine.js';
import { rankSentences } from '../src/qa/rank.js';

describe('a question about what will be is answered by a sentence that tells what is to come', () => {
  const article =
    'date 2026-02-10\n\nA village cricket club in Orbury has raised 12,000 pounds at its summer fair, the most in its history.\n\n' +
    'Last year the club spent the money on new nets.\n\n' +
    'The treasurer, Sam Hale, said the club would spend the money on a new roof for the pavilion.\n\n' +
    'The fair drew about 900 visitors.';

  it('answers from the treasurer’s plans, not from what last year’s money went on', () => {
    const a = ask(article, 'What will the club spend the money on?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('roof');
    expect(a.sources[0]?.text).toContain('would spend');
  });

  it('still answers a question about the past from the past', () => {
    const a = ask(article, 'What did the club spend the money on last year?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('nets');
  });
});

describe('a question about what happened is not answered by what will be', () => {
  const article =
    'date 2026-02-10\n\nA stone bridge over the Tarn at Orbury has reopened after repairs costing 2 million pounds.\n\n' +
    'The bridge closed in March because divers had found deep cracks in one of its piers.\n\n' +
    'The bridge will close again in October because its railings need painting.\n\n' +
    'About 9,000 vehicles cross it each day.';

  it('answers “did” from the closing that happened, not from the one still to come', () => {
    const a = ask(article, 'Why did the bridge close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cracks');
  });

  it('reads “was” and a verb in -ed as the past too', () => {
    const a = ask(article, 'Why was the bridge closed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cracks');
  });

  it('answers “will” from the closing still to come', () => {
    const a = ask(article, 'Why will the bridge close?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('painting');
  });
});

describe('the tense rule: "what did X say …?" asks of the saying, not of the words’ tense', () => {
  const article =
    'date 2026-04-02\n\nThe Tarrow bridge was closed on Monday after engineers found cracks in two of its piers.\n\n' +
    'Mayor Lena Voss said on Tuesday that closing the bridge had been the right call.\n\n' +
    '“The bridge will stay shut until every pier has been checked, and I will not rush that,” Voss said.\n\n' +
    'Traffic has been diverted through Hesket, adding 20 minutes to journeys.';

  it('ranks her words on what will be no lower for the "did" of "what did Voss say"', () => {
    const ranked = rankSentences(knowledgeBaseFromText('bridge.txt', article), 'What did Voss say about the bridge?');
    const score = (index: number): number => ranked.find((r) => r.index === index)?.score ?? 0;
    expect(score(2)).toBeGreaterThan(score(1));
  });
});
