/**
 * "How did they find out?", "how did she know?": how someone came to know a thing is the source or
 * the reason told close behind the verb of knowing ("heard through a letter", "recognised it
 * because …"), or before it in a cleft ("it was only because … that I knew"), each over invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('how someone came to know a thing is the source behind the verb of knowing', () => {
  const plots =
    'date 2026-09-02\n\nTenants of the Quillonby Road allotments have been given until Christmas to clear their plots after the council agreed to lease the land to a builder.\n\n' +
    'The site has 46 plots and a waiting list of more than 30 names.\n\n' +
    '“Most of us heard through a letter pinned to the shed door,” said Thurstan Mabbitt, who has grown leeks there since 2007.\n\n' +
    'A petition against the lease has gathered 1,200 signatures.';

  it('answers how the tenants found out by the source after “heard through”', () => {
    const a = ask(plots, 'how did the tenants find out about the lease');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/letter pinned to the shed door/);
  });

  const quarry =
    'date 2026-02-17\n\nA lane between Pollardstow and Cradleigh Cross will stay shut for at least a month after part of it slid into a disused quarry during heavy rain on Sunday night.\n\n' +
    'Nobody was hurt, though one motorist stopped only a few metres from the edge.\n\n' +
    '“It was only because a man walking a whippet flagged me down that I knew anything was wrong,” said the motorist, Ottoline Brackweather.\n\n' +
    'Highway engineers said the repair could cost £400,000.';

  it('answers how the motorist knew by the reason a cleft puts before the verb of knowing', () => {
    const a = ask(quarry, 'how did the motorist know something was wrong');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^a man walking a whippet flagged me down$/);
  });

  const bird =
    'date 2026-05-11\n\nA hoopoe, a pink and black bird normally seen in southern Europe, has drawn hundreds of birdwatchers to a paddock outside Crannock Magwell.\n\n' +
    'It was first reported on Tuesday by a retired signalman, Absalom Truelove, 74, who said he recognised the bird because his granddaughter had shown him one in a library book.\n\n' +
    'The landowner has asked visitors to park in the village hall car park.';

  it('answers how he knew what it was by the reason after “recognised … because”', () => {
    const a = ask(bird, 'how did Truelove know what it was');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^his granddaughter had shown him one in a library book$/);
  });

  const choir =
    'date 2026-11-23\n\nA male voice choir that has rehearsed in the Trewellan Institute since 1951 must find a new home after the building’s trustees decided to sell it.\n\n' +
    '“We only found out when the caretaker rang round on Friday night,” said the choir’s secretary, Emlyn Tregaskell.\n\n' +
    'The trustees said repairs to the roof would cost more than the building was worth.';

  it('answers how they found out by the clause after “found out when”', () => {
    const a = ask(choir, 'how did the choir hear about the sale');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/caretaker rang round/);
  });

  const museum =
    'date 2026-06-08\n\nWater from a burst main flooded the basement stores of the Orbeckham Folk Museum on Saturday, soaking hundreds of donated costumes.\n\n' +
    'Volunteers spent the weekend carrying boxes upstairs to dry.\n\n' +
    'The museum’s curator, Wilhelmina Quarendon, said she had found out about its award nomination from a reporter on Friday, a day before the pipe gave way.\n\n' +
    'The basement will stay closed until the autumn.';

  it('does not answer how she learned of the flood with how she learned of another thing', () => {
    const a = ask(museum, 'how did the curator find out about the flood');
    expect(a.answer).not.toMatch(/reporter/);
  });
});
