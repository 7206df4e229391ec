/**
 * Traps: questions an article leaves unanswered while giving a figure of another sort near the
 * asked one, declined by general regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('pay is not answered by what a service costs or takes in', () => {
  const article =
    'date 2026-04-20\n\nParking charges will be brought in at Quorbridge Country Park from June, the district council has confirmed.\n\n' +
    'The meters are forecast to bring in some £30,000 a year, which will pay for two seasonal wardens.\n\n' +
    'A weekend minibus with two drivers will run from Oxlade station, paid for by the council at a cost of about £45,000 a year.\n\n' +
    'The council’s chief executive, Wendell Vardew, said it faced a budget gap of £3 million.\n\n' +
    'Each ranger earns £26,500 a year, and volunteers are paid £8 an hour for litter picks.';

  it('declines what the wardens are being paid when only the charges’ takings are told', () => {
    expect(ask(article, 'how much are the seasonal wardens being paid').answered).toBe(false);
  });

  it('declines what the minibus drivers get paid when only the service’s cost is told', () => {
    expect(ask(article, 'how much do the minibus drivers get paid').answered).toBe(false);
  });

  it('declines what the chief executive is paid when only a budget gap is told', () => {
    expect(ask(article, 'how much is the chief executive paid').answered).toBe(false);
  });

  it('still answers what a ranger earns', () => {
    const a = ask(article, 'how much does a ranger earn');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('26,500');
  });

  it('still answers what the volunteers are paid', () => {
    const a = ask(article, 'how much are the volunteers paid');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£8');
  });
});
