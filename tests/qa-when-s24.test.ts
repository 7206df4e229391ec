/**
 * Times and lengths of time, read off the misses of questions written by people who never saw the
 * engine, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a clipped noun (“op”, “uni”) is the longer word it opens', () => {
  const article =
    'date 2026-03-10\n\nA hospital in Dunmere has cancelled 40 planned procedures this week after a heating failure closed two wards.\n\n' +
    'Maud Perrin, 71, whose hip replacement was called off on Tuesday, said she had waited 11 months for the operation.\n\n' +
    'The hospital said engineers expected to restore heating by Friday.';

  it('answers how long she waited for her op', () => {
    const a = ask(article, 'how long had Maud Perrin been waiting for her op');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('11 months');
  });
});

describe('a length told after the verb’s object and a phrase is still that act’s', () => {
  const article =
    'date 2026-07-02\n\nTwo kayakers were rescued from Lake Orm on Tuesday after their boat capsized in strong winds.\n\n' +
    'A couple who were fishing nearby reached them in a dinghy within about ten minutes.\n\n' +
    'Both were treated for mild hypothermia at Ormby hospital and later discharged.';

  it('answers how long it took to reach them', () => {
    const a = ask(article, 'how long did it take the rescuers to reach them');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ten minutes');
  });
});

describe('a place told after a long phrase of the verb’s is still that act’s', () => {
  const article =
    'date 2026-02-10\n\nThieves raided a jewellery shop in Marlow Street on Sunday night and escaped with watches worth 200,000 pounds.\n\n' +
    'A silver car that detectives think the thieves drove was found burnt out on a farm lane near the village of Cressing, about 20 kilometres away.\n\n' +
    'Witnesses said the gang sped off in a getaway vehicle. No arrests have been made.';

  it('answers where the car was found', () => {
    const a = ask(article, "Where did the police discover the gang's getaway car?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Cressing');
  });
});
