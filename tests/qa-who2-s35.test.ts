/**
 * "Who" questions, second pass: the holder of a record broken (told by "set by", a best or a mark,
 * a description), each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('the holder of the record before is the one who set the previous record', () => {
  const rowing =
    'date 2026-02-08\n\nTesni Marrack rowed 41 kilometres on an indoor machine in two hours at Penwyn Leisure Centre on Saturday, breaking the women’s two-hour record by 300 metres.\n\n' +
    'The previous record of 40.7 kilometres had stood since 2015, when it was set by Zenobe Quarrick at a gym in Dunstoke.\n\n' +
    'Marrack said she would not try for the open two-hour record, which is held by a male rower, because her hands needed to heal.\n\n' +
    'She will race at the indoor championships in April.';

  it('answers who held the record before with the setter of the previous one, not a holder now', () => {
    const a = ask(rowing, 'Who held the record before?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Zenobe Quarrick/);
  });

  const run =
    'date 2026-05-11\n\nBrannic athlete Teodric Yallop won the Tamsford Marathon on Sunday in 2 hours and 4 minutes, and broke the course record by 50 seconds.\n\n' +
    'Yallop, 28, pulled clear of the leading group at 30 kilometres and finished 50 seconds under the previous record, which was set by his compatriot Ulfric Dannacott in 2018.\n\n' +
    'About 15,000 runners took part.';

  it('answers whose course record a runner broke from the earlier record “set by compatriot …”', () => {
    const a = ask(run, 'Whose course record did Yallop break?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Ulfric Dannacott/);
  });

  const fell =
    'date 2026-07-19\n\nA 22-year-old nurse has set a new best time for a hill race that had stood for four decades, finishing the Corbeck Round on Saturday in three hours and 2 minutes.\n\n' +
    'Merryn Oxenbury knocked 31 seconds off the previous best of 3:02:40, set in June 1984 by the late Absalom Crewdace, a shepherd from the valley.\n\n' +
    '"He always told us records were there to be broken," said race organiser Miles Danner.';

  it('answers who had the record before her with the setter of the previous best', () => {
    const a = ask(fell, 'who had the record before her');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Absalom Crewdace/);
  });

  const marrow =
    'date 2026-09-27\n\nA retired bus driver has broken the record at the Hensby Harvest Show with a marrow weighing 61 kilograms.\n\n' +
    'Emrys Tudwal, 69, grew it in a greenhouse behind his house. It beat the show’s previous record of 54 kilograms, set in 2020 by a grower from the nearby village of Colbury.\n\n' +
    'He plans to keep the seeds.';

  it('answers who held the previous record with the grower the sentence only describes', () => {
    const a = ask(marrow, 'who held the previous record');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/a grower from the nearby village/);
  });
});

describe('the named doer of a passive of the asked act answers over a name the rules doubt', () => {
  const circle =
    'date 2026-04-02\n\nA fortnightly knitting circle set up for lonely villagers in a Pellowmoor fire station has been named the district’s best knitting circle, a year after it began with five neighbours and a bag of wool.\n\n' +
    'It was started on Monday 5 May by the station’s cook, Hepzibah Skellowan, 33, after she noticed how many firefighters’ families lived alone in the village. It now has 20 places per session and a waiting list.\n\n' +
    'Members knit hats for the hospital’s baby unit.';

  it('answers who set up the knitting circle with the cook it “was started by”, not the place the lead names', () => {
    const a = ask(circle, 'who set up the knitting circle');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Hepzibah Skellowan/);
  });
});
