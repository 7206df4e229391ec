/**
 * "Why" and "how" questions: general ways news gives the reason or the means of the asked act, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a “where” clause after the asked place tells why things went as they did there', () => {
  const article =
    'date 2026-05-11\n\nA bakery chain in Quembury will close its last branch on the quay next month.\n\n' +
    'The firm said trade had been strong in the town centre, and it would open a second shop on Tobbit Row.\n\n' +
    'Staff at the quay branch have been offered jobs at the other shops, the owner, Yselde Pobjoy, said.\n\n' +
    'Customers have stopped coming to the old harbour front, where most of the car parks were closed in 2024.\n\n' +
    'The branch opened in 1998.';

  it('answers why customers stopped coming with what happened on the harbour front', () => {
    const a = ask(article, 'why have customers stopped coming to the harbour front');
    expect(a.answer).toMatch(/^most of the car parks were closed/);
  });

  it('answers in other words for the asked act', () => {
    const a = ask(article, 'why are shoppers staying away from the harbour front');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/car parks were closed/);
  });

  it('does not read a question asked within a sentence as a clause on a place', () => {
    const told =
      'date 2026-05-11\n\nA farmer in Quenlow has found a rock older than the oceans while ploughing a field.\n\n' +
      'The rock was easy to spot, lying on its own in a strip of freshly turned soil.\n\n' +
      '"Rocks like this show us where the first salt may have come from," said Dr Ulfric Malk, a geologist.\n\n' +
      'The rock will go on show at the town museum in June.';
    const a = ask(told, 'why do rocks like this matter');
    expect(a.answer).not.toMatch(/salt may have come from/);
  });
});

describe('a cause given outright, close behind, answers ahead of a looser reading', () => {
  it('answers why a tour was called off with what the band blamed, not an aside on the tour', () => {
    const article =
      'date 2026-04-02\n\nThe Pelworth Brass Band has cancelled an eight-concert tour of three northern countries planned for July, blaming a row with the county arts board over a cut to its grant.\n\n' +
      'The band committee voted on Tuesday night to call off its tour, which was to have taken its 40 players abroad for 12 days.\n\n' +
      'The band was founded in 1911.';
    const a = ask(article, 'why was the tour called off?');
    expect(a.answer).toMatch(/^a row with the county arts board/);
  });

  it('answers why a club sold with the reason its chairman gave, not what angered its fans', () => {
    const article =
      'date 2026-04-02\n\nRedmoor Quills have sold their top scorer, Kit Danvers, to Holtby Town for a club record fee of 3 million pounds.\n\n' +
      'Supporters said they were furious that the club had sold its star forward a week before the season starts.\n\n' +
      'Quills chairman Osbert Pryde said the club took the offer reluctantly because it needed the money to repair its main stand.\n\n' +
      'Danvers, 24, scored 19 goals last season.';
    const a = ask(article, 'why did the club agree to sell?');
    expect(a.answer).toMatch(/needed the money to repair its main stand/);
  });
});

describe('an aside that tells the asked act again gives no reason for it', () => {
  it('answers why residents set up a trust with why it was formed, not when it was set up', () => {
    const article =
      'date 2026-04-02\n\nSix new homes at Corner Field were opened on Saturday by the Yarrowby Pellick Housing Trust, which was set up by residents in 2019.\n\n' +
      'The housing trust came about after the village shop came close to shutting because young couples could no longer afford to live nearby.\n\n' +
      'Rents are set at 60 percent of the market level.';
    const a = ask(article, 'why did residents set up the trust');
    expect(a.answer).toMatch(/young couples could no longer afford/);
  });
});

describe('“by” before a bare noun of conveyance or contact tells the means', () => {
  const article =
    'date 2026-06-03\n\nThe six restored bells of St Osric’s Church in Pemberley Quoit are back in their tower after two years away.\n\n' +
    'The bells were hoisted back up by crane into the belfry on Tuesday morning.\n\n' +
    'A service of thanks will be led on Sunday by the oldest bell ringer in the parish, Ysolda Quaile, 91.\n\n' +
    'Applicants for the new ringing course will be told by email within a week whether they have a place.';

  it('answers how the bells were got up with the crane', () => {
    const a = ask(article, 'how did they get the bells up there');
    expect(a.answer).toMatch(/^by crane/);
  });

  it('answers how applicants will hear with the email', () => {
    const a = ask(article, 'how will applicants find out');
    expect(a.answer).toMatch(/^by email/);
  });
});
