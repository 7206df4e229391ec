/**
 * "When", "where" and "how long" questions: general ways news tells (or only seems to tell) the
 * asked time or place, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a word typed whole that the article writes as two is those two', () => {
  const article =
    'date 2026-10-05\n\nCouncillors in Wessendean have approved plans for 40 homes on the edge of the town.\n\n' +
    'The homes will be built on farmland at Cobble End, north of the bypass.\n\n' +
    'A new care home with 60 beds is planned on the former dairy site off Pindle Lane.\n\n' +
    'Shoppers lost their usual spaces last month, when the car park beside the market hall was shut for nine days while its surface was relaid.\n\n' +
    'The bypass was closed for two weeks in the spring for resurfacing.';

  it('answers where the carehome is planned from the sentence on the care home', () => {
    const a = ask(article, 'where is the carehome planned');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/dairy site/);
  });

  it('answers how long the carpark was closed from the car park’s sentence, not the bypass’s', () => {
    const a = ask(article, 'how long was the carpark closed');
    expect(a.answer).toMatch(/nine days/);
  });
});

describe('a word typed whole that the article hyphens is the hyphened word', () => {
  const article =
    'date 2026-10-05\n\nThe village green in Skelbury Cross is to host two autumn events after the council lifted a ban on stalls.\n\n' +
    'A craft fair with 30 tables will open on Saturday 18 October.\n\n' +
    'The boot-sale, which raises money for the scout hut, returns on Sunday 26 October.';

  it('answers when the bootsale returns', () => {
    const a = ask(article, 'when does the bootsale return');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/26 October/);
  });
});
