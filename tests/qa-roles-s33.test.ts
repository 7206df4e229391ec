/**
 * People described by a role of a named owner ("the Harbour Gulls' captain, retired vet Ada Moll,
 * 72,"), each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';
import { extractFacts } from '../src/facts/extract.js';
import { parseArticle } from '../src/article/parse.js';
import type { RoleFact } from '../src/facts/types.js';

const rolesOf = (text: string): Array<[string, string]> =>
  extractFacts(parseArticle('t.txt', text))
    .filter((f): f is RoleFact => f.type === 'role')
    .map((f) => [f.subject, f.description]);

describe('a role written before a name with a word of its own', () => {
  it('reads a tradesman’s word (“plumber”) before a name as what the person is', () => {
    expect(rolesOf('date 2026-02-01\n\nThe fire was spotted by plumber Ivo Sand on his way to work.')).toContainEqual(['Ivo Sand', 'plumber']);
  });

  it('reads the apposition before "retired vet Ada Moll" as hers, and a long owner’s name counts as one word', () => {
    const roles = rolesOf("date 2026-02-01\n\nThe Saltby Harbour Gulls' captain, retired vet Ada Moll, 72, said the club would keep the trophy on show.");
    expect(roles).toContainEqual(['Ada Moll', 'vet']);
    expect(roles).toContainEqual(['Ada Moll', "The Saltby Harbour Gulls' captain"]);
  });
});

describe('"how old is the Gulls’ captain?" asks the age of the captain, not of the team', () => {
  const article =
    'date 2026-02-01\n\nThe Saltby Harbour Gulls have won the county quiz league for the first time.\n\n' +
    "The Saltby Harbour Gulls' captain, retired vet Ada Moll, 72, said the club would keep the trophy on show.\n\n" +
    'Team captain Cadoc Vrel, 44, of the Anchor Owls, said his side would try again next year.';

  it.each(["how old is the Gulls' captain?", 'how old is the gulls captain'])('%s', (question) => {
    const a = ask(article, question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('72');
  });
});
