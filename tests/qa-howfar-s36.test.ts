/**
 * "How far" questions, round 36: a distance told as where a place lies, read from the clause that
 * holds it. Over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a distance told as where a place lies is read from its own clause', () => {
  const rider =
    'date 2026-04-20\n\nA 19-year-old apprentice has ridden her first winner at Quarvey Down races.\n\n' +
    'Tegan Ollard, who grew up on a sheep farm four miles outside Quillan, only began riding two years ago.\n\n' +
    'Her trainer said she had a rare feel for a nervous horse.';

  it('answers how far from a town she grew up, the distance in a clause about her', () => {
    const a = ask(rider, 'how far from quillan did she grow up');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/four miles/);
  });

  const water =
    'date 2026-01-15\n\nThe city of Zennick will ration tap water from Monday after a record dry winter.\n\n' +
    'In 2009, the city ran short of water for a month after a main burst, and in 2018 it opened a pumping station 90 kilometres away on the river Tane.\n\n' +
    'The mayor asked residents to take shorter showers.';

  it('answers how far a station is from the city, though its clause tells of a year gone by', () => {
    const a = ask(water, 'How far is the pumping station from the city?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/90 kilometres/);
  });

  const swimmer =
    'date 2025-07-28\n\nThe teenager Brynja Falden has won the 100 metres backstroke at the national championships.\n\n' +
    '“Off every wall she glides 12 metres underwater before her first stroke,” her coach said.';

  it('answers how far she glides “off each wall”, where “each” says where and asks no share', () => {
    const a = ask(swimmer, 'How far does she glide underwater off each wall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/12 metres/);
  });
});
