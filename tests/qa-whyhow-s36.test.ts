/**
 * "Why" questions answered by what the asked party said, where a court report or an aside names
 * that party beside the speaker's name: each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a court report’s "Defending, X said" is the defence lawyer speaking', () => {
  const article =
    'date 2026-05-20\n\nA former treasurer of the Thrayle Angling Society has been jailed for taking £31,000 from its accounts.\n\n' +
    'Ystrad Velday, 58, of Trevanny Road, admitted fraud at Tamsford Crown Court on Tuesday.\n\n' +
    'According to the prosecution, he moved the money into his own account in 47 payments over three years.\n\n' +
    'Defending, Ottoline Marchvale said her client had run up credit card debts of about £12,000 and had always meant to pay the money back.\n\n' +
    'He was jailed for 20 months.';

  it('answers why he did it from what the defence said', () => {
    const a = ask(article, 'why did he do it, according to his lawyer');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/credit card debts/);
  });
});

describe('a lawyer set off as ", defending," beside the name speaks for the accused', () => {
  const article =
    'date 2026-02-11\n\nA van driver who left 90 bags of building waste in a country lane near Vexford has been fined £2,400.\n\n' +
    'Dane Hollick, 36, admitted fly-tipping at Vexford Magistrates’ Court on Monday.\n\n' +
    'According to council officers, the waste came from a kitchen refit on a housing estate in Coldmere.\n\n' +
    'Pia Fairlow, defending, said a stranger he met online paid him in cash to take the bags and told him they would go to a licensed tip.\n\n' +
    'He must also pay £900 in costs.';

  it('answers why he did it from what the defence said', () => {
    const a = ask(article, 'why did he do it, according to his solicitor');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/in cash/);
  });
});

describe('a role set before the speaker’s name by commas names the asked party', () => {
  const article =
    'date 2026-10-03\n\nTwo brothers who stole 140 lambs from farms across the Cawdor valley have been jailed.\n\n' +
    'Calum Quarmby, 41, and Lorcan Quarmby, 38, were sentenced at Halkirk Crown Court on Friday.\n\n' +
    'Calum Quarmby’s barrister, Zainab Ashquill, said her client had lost his own flock to disease in 2024 and had been threatened over a debt of about £18,000.\n\n' +
    'The judge said the thefts had caused great distress to farming families.';

  it('answers why he stole the lambs from what his barrister said', () => {
    const a = ask(article, 'why did calum quarmby steal the lambs according to his barrister');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/lost his own flock/);
  });
});

describe('a speaker named with an aside that tells more than who she is is not a role beside her name', () => {
  const article =
    'date 2026-06-14\n\nCallouts to collect honeybee swarms in Brindleford Green have doubled this spring.\n\n' +
    'The swarm collector, Ada Gledhill, 61, who has kept bees for 25 years, said her phone had hardly stopped ringing since April.\n\n' +
    'Volunteers have collected 58 swarms so far.';

  it('does not answer why bees swarm with how busy the collector is', () => {
    const a = ask(article, 'why do bees swarm');
    expect(a.explanation.rule).not.toContain('what the asked party said');
  });
});
