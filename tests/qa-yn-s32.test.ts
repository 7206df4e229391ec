/**
 * Yes/no questions: general ways news says yes or no to the asked act, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clause saying this is not the first cites the earlier one told after it', () => {
  const article =
    'date 2026-03-10\n\nA footbridge over the River Teal in Marnock was closed on Monday after floodwater swept away part of its handrail.\n\n' +
    'Engineers said the bridge would stay shut for at least a fortnight while the damage was assessed.\n\n' +
    'It is not the first time the footbridge has been damaged by floods. In 2014, a fallen tree carried downstream by high water smashed two of its wooden spans.\n\n' +
    'The town council said it would ask for money to raise the bridge by half a metre.';

  it('answers whether the bridge was damaged before with the earlier flood', () => {
    const a = ask(article, 'Has the footbridge been damaged by floods before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: In 2014, a fallen tree/);
    expect(a.sources[0]?.text).toMatch(/^In 2014/);
  });

  it('reads “not the first raid” as there having been earlier ones', () => {
    const raid =
      'date 2025-11-04\n\nThieves broke into a jewellery shop in Fellbridge on Sunday night and took rings worth about £40,000.\n\n' +
      'Police said the raiders smashed the front window with a sledgehammer.\n\n' +
      'It is not the first raid on the shop. In 2021, two men on a moped stole watches from its display cabinet.\n\n' +
      'The owner said he would fit steel shutters.';
    const a = ask(raid, 'Has the shop been raided before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes: In 2021, two men/);
  });
});
