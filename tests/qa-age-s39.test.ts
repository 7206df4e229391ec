/**
 * Ages of things and ages at events: whose age, and which one, a "how old" question asks, over
 * invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an age told of the asked thing’s noun is the thing’s, though a name stands beside it', () => {
  const article =
    'date 2026-08-11\n\nA steam locomotive that once hauled slate down the Brendlow valley is to carry passengers again next spring.\n\n' +
    'Its owner, retired signalman Osric Talbrook, 77, says the locomotive is 112 years old and has spent every winter since 1989 on its repair.\n\n' +
    'A fundraising appeal has raised £62,000 so far.';

  it('answers how old the locomotive is with its own age, not its owner’s', () => {
    const a = ask(article, 'how old is the locomotive');
    expect(a.answer).toMatch(/112/);
  });
});

describe('an age a few words behind the asked noun is its own, past the skipper’s', () => {
  const article =
    'date 2026-05-19\n\nVolunteers in Carrowby have relaunched a Thames sailing barge after a three-year repair.\n\n' +
    'Her skipper, Cadwic Ordway, 58, said the barge, rigged with new red sails, was 96 years old.\n\n' +
    'She will now take school groups along the estuary.';

  it('answers how old the barge is with the barge’s age', () => {
    const a = ask(article, 'how old is the barge?');
    expect(a.answer).toMatch(/96/);
  });
});

describe('a closed compound is a sort of its last part: a footbridge’s age answers for the bridge', () => {
  const article =
    'date 2026-02-03\n\nShut since a flood in January, the 250-year-old footbridge over the River Quendle reopened to walkers on Monday.\n\n' +
    'Parish councillor Edwy Pellmoss, 69, said the detour while the bridge was closed had run to two miles.\n\n' +
    'The work cost £41,000.';

  it('answers how old the bridge is with the footbridge’s age, not the councillor’s', () => {
    const a = ask(article, 'how old is the bridge');
    expect(a.answer).toMatch(/250/);
  });
});

describe('how old someone was when an event happened: the age told at the event, not the age now', () => {
  const article =
    'date 2026-10-04\n\nPerrin Hallowmere, 17, has rung a full peal on the heaviest church bell in the county, ringing it for more than three hours.\n\n' +
    'He first took hold of a bell rope at the age of nine, to help out at a wedding, and has rung in the Ostwick tower every Sunday since.\n\n' +
    'The peal was the first on the bell since it was rehung in 2019.';

  it('answers how old he was when he started ringing with nine', () => {
    const a = ask(article, 'how old was he when he started ringing');
    expect(a.answer).toMatch(/nine/);
  });
});

describe('a name typed in lower case still asks that person’s age at the event', () => {
  const article =
    'date 2026-07-08\n\nAfter 58 years on Cordwain Row, the cobbler Ebbert Ashgarth, 80, is to close his shop.\n\n' +
    'He opened it in 1968, aged 22, with a loan from his uncle and one second-hand stitching machine.\n\n' +
    'A closing sale begins on Monday.';

  it('answers how old ebbert was when he opened the shop with 22', () => {
    const a = ask(article, 'how old was ebbert when he opened the shop');
    expect(a.answer).toMatch(/22/);
  });
});

describe('an age given to someone’s kin is not the asked one’s', () => {
  const article =
    'date 2026-11-12\n\nA woman who has sold fish at Quaymouth market for four decades has been given the freedom of the town.\n\n' +
    'Her grandson, Tobiah, 12, started helping on the stall during the summer holidays.\n\n' +
    'The mayor presented the scroll at a ceremony in the market hall.';

  it('does not answer how old she was when she started on the stall with her grandson’s age', () => {
    const a = ask(article, 'how old was she when she started on the stall');
    expect(a.answer).not.toMatch(/12/);
  });
});
