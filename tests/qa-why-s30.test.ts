/**
 * Why-questions: general ways news gives the reason of an act, each over invented news prose,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the quotation after the act gives its reason', () => {
  const article =
    'date 2026-03-09\n\nA plan to turn the old cinema on Dale Street into flats was approved by councillors on Tuesday.\n\n' +
    'Pensioner Edna Marlowe, 81, who lives opposite the cinema, was among those who opposed the plan. "I saw my first film there in 1952 and I cannot bear to see it go," she said.\n\n' +
    'Work is due to start in the summer.';

  it('answers why a named objector opposed it from her words that follow', () => {
    const a = ask(article, 'Why did Edna Marlowe oppose the plan?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cannot bear to see it go');
  });

  const told =
    'date 2026-06-20\n\nA hailstorm struck the village of Amberley on Thursday afternoon, breaking windows and stripping leaves from trees.\n\n' +
    'Fruit farmer Joe Bell, 61, said the hail had destroyed his pear blossom at the worst possible moment. "I have been farming here for forty years," he said.\n\n' +
    'The storm lasted about twenty minutes.';

  it('does not pass the why on from a sentence that tells what had happened', () => {
    const a = ask(told, 'Why is Joe Bell upset?');
    expect(a.answer).not.toContain('forty years');
  });
});

describe('a cause given outright close behind answers ahead of a purpose read off the act', () => {
  const article =
    'date 2026-05-20\n\nThe bandstand in Carnford’s Victoria Gardens will be restored rather than pulled down after a vote on Monday night.\n\n' +
    'Members voted six to two to spend £12,000 on new roof timbers and paint instead of pulling it down.\n\n' +
    'An inspection in March found the roof timbers were sound.\n\n' +
    'The two members who voted against, each elected for Eastfield, argued that the money should go on mending the flooded footpath by the river, which will cost £400,000 to put right.\n\n' +
    'Painters will start work in October.';

  it('answers why two members voted no from what they argued', () => {
    const a = ask(article, 'Why did two members vote no?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('flooded footpath');
  });
});

describe('“after that” tells only what came next', () => {
  const article =
    'date 2026-02-11\n\nParking fines in Selby Cross will rise from £35 to £70 in April, and to £100 the year after that.\n\n' +
    'The council said the fines had gone up after drivers kept blocking the bus lane on Market Street.\n\n' +
    'The money raised will pay for two new crossings.';

  it('answers why the fines went up from the clause that gives a cause', () => {
    const a = ask(article, 'Why have the parking fines gone up?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('blocking the bus lane');
  });
});

describe('“after all” is no cause', () => {
  const article =
    'date 2026-11-02\n\nThe Harwick Christmas fair will go ahead this year after all, a month after it was called off when the market hall was found to have a leaking roof.\n\n' +
    'Stalls will open at 10am.';

  it('answers why the fair was called off past the idiom', () => {
    const a = ask(article, 'Why was the fair called off?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('leaking roof');
  });
});

describe('what allows the asked act is its cause', () => {
  const article =
    'date 2026-01-14\n\nStorm Petra brought winds of 140 km/h to the coast of Halden on Tuesday, cutting power to 30,000 homes.\n\n' +
    'Forecasters said unusually warm water in the bay had allowed the storm to strengthen quickly over the weekend.\n\n' +
    'Schools will stay shut until Friday.';

  it('answers why the storm strengthened with what allowed it', () => {
    const a = ask(article, 'Why did the storm strengthen so quickly?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('warm water');
  });
});

describe('a cause told outright is the cause of the lead’s event', () => {
  const article =
    'date 2026-07-03\n\nThousands of homes in Brenton were left without running water for two days this week.\n\n' +
    'Engineers restored supplies on Thursday evening, the water company said.\n\n' +
    'A company spokesman said the shortage was caused by a cracked pumping main under the ring road.\n\n' +
    'Bottled water was handed out at the leisure centre.';

  it('answers why the homes had no water from what it was caused by', () => {
    const a = ask(article, 'Why were homes in Brenton left without running water?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('cracked pumping main');
  });
});

describe('reported words after the act give its reason', () => {
  const article =
    'date 2026-08-02\n\nA storm tore the roof off the Fenley bowls club pavilion on Sunday night.\n\n' +
    'The club’s insurance will pay only about half of the £90,000 cost of a new roof, according to its secretary, Ruth Hale. She said the policy had been written in 2009 and was never raised since.\n\n' +
    'Members hope to play again by June.';

  it('answers why the insurance will not pay it all from what she said next', () => {
    const a = ask(article, 'Why won’t the insurance pay for the whole roof?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('written in 2009');
  });
});
