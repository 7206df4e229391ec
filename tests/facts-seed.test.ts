import { describe, expect, it } from 'vitest';
import { mentionedNames, resolveName } from '../src/facts/names.js';
import { load, ofType } from './facts-helpers.js';

const { article, facts } = load('seeds/homs-offensive-2024-12.txt');
const names = ofType(facts, 'name');
const name = (n: string) => names.find((f) => f.name === n);

describe('facts of the seed article', () => {
  it('numbers every fact with its article, type and sentence indices', () => {
    expect(facts.length).toBeGreaterThan(50);
    const ids = new Set(facts.map((f) => f.id));
    expect(ids.size).toBe(facts.length);
    for (const f of facts) {
      expect(f.id.startsWith(`${article.id}#${f.type}#`)).toBe(true);
      expect(f.sentences.length).toBeGreaterThan(0);
      for (const s of f.sentences) expect(s).toBeLessThan(article.sentences.length);
    }
  });

  it('links Hayat Tahrir al-Sham and HTS both ways', () => {
    expect(ofType(facts, 'alias')).toContainEqual(expect.objectContaining({ name: 'Hayat Tahrir al-Sham', alias: 'HTS', sentences: [2] }));
    expect(name('Hayat Tahrir al-Sham')?.kind).toBe('organisation');
    expect(name('Hayat Tahrir al-Sham')?.forms).toContain('HTS');
    expect(resolveName(facts, 'HTS')?.name).toBe('Hayat Tahrir al-Sham');
    expect(names.some((n) => n.name === 'HTS')).toBe(false);
  });

  it('finds the defence minister with his title and resolves his short forms', () => {
    const abbas = name('Ali Mahmoud Abbas');
    expect(abbas?.kind).toBe('person');
    expect(abbas?.titles).toContain('General');
    expect(abbas?.forms).toEqual(expect.arrayContaining(['General Ali Mahmoud Abbas', 'Mr Abbas']));
    expect(abbas?.sentences).toEqual(expect.arrayContaining([14, 16]));
    for (const form of ['Mr Abbas', 'Abbas', "Abbas's", 'general ali mahmoud abbas', 'the defence minister', "Syria's defence minister"]) {
      expect(resolveName(facts, form)?.name, form).toBe('Ali Mahmoud Abbas');
    }
    expect(ofType(facts, 'role')).toContainEqual(expect.objectContaining({ subject: 'Ali Mahmoud Abbas', description: 'Syria’s defence minister', via: 'title' }));
  });

  it('resolves the Observatory and its chief', () => {
    expect(resolveName(facts, 'the Observatory')?.name).toBe('Syrian Observatory for Human Rights');
    expect(resolveName(facts, "the Observatory's chief")?.name).toBe('Rami Abdurrahman');
    expect(name('Rami Abdurrahman')?.kind).toBe('person');
    expect(ofType(facts, 'role')).toContainEqual(expect.objectContaining({ subject: 'Rami Abdurrahman', description: 'the Observatory’s chief', via: 'apposition' }));
    expect(resolveName(facts, 'the pizza shop')).toBeUndefined();
  });

  it('lists the names a question mentions, in order', () => {
    expect(mentionedNames(facts, 'What did Mr Abbas say about HTS and the Observatory?').map((n) => n.name)).toEqual([
      'Ali Mahmoud Abbas',
      'Hayat Tahrir al-Sham',
      'Syrian Observatory for Human Rights',
    ]);
    expect(mentionedNames(facts, 'How far is homs?').map((n) => n.name)).toEqual(['Homs']);
    expect(mentionedNames(facts, 'nothing here')).toEqual([]);
  });

  it('attributes the quote on Homs to the Observatory chief', () => {
    const q = ofType(facts, 'quote').find((f) => f.text.includes('mother of all battles'));
    expect(q).toMatchObject({ speaker: 'Rami Abdurrahman', verb: 'say', sentences: [7] });
    expect(q?.text.startsWith('The battle of Homs')).toBe(true);
    expect(q?.text).not.toMatch(/[“”,]$/);
  });

  it('gives Mr Abbas both quotes of sentence 16, the "adding that" one included', () => {
    const quotes = ofType(facts, 'quote').filter((f) => f.speaker === 'Ali Mahmoud Abbas');
    expect(quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining(['We are in a good position on the ground', 'a temporary tactical measure and our forces are at the gates of Hama']),
    );
    expect(quotes.find((q) => q.text.startsWith('a temporary'))?.verb).toBe('add');
    const added = ofType(facts, 'claim').find((c) => c.verb === 'add');
    expect(added).toMatchObject({ source: 'Ali Mahmoud Abbas', sentences: [16] });
    expect(added?.claim).toContain('withdrawal of the Syrian army from Hama');
  });

  it('records the distance to Homs with its conversion and source', () => {
    const d = ofType(facts, 'quantity').find((q) => q.kind === 'distance');
    expect(d).toMatchObject({ text: 'five kilometres (three miles)', value: 5, unit: 'km', measures: 'away from Homs', source: 'Syrian Observatory for Human Rights', sentences: [6] });
  });

  it('finds the attributed claims of SANA, Sham FM and the Observatory', () => {
    const claims = ofType(facts, 'claim');
    const sana = claims.find((c) => c.source === 'SANA');
    expect(sana).toMatchObject({ verb: 'quote', sentences: [10] });
    expect(sana?.claim.startsWith('Syrian and Russian air forces are attacking insurgents')).toBe(true);
    const sham = claims.find((c) => c.source === 'Sham FM');
    expect(sham?.claim).toBe('the insurgents entered Rastan and Talbiseh without facing any resistance');
    expect(claims.find((c) => c.verb === 'accord')).toMatchObject({ source: 'Syrian Observatory for Human Rights', claim: 'Insurgents are now five kilometres (three miles) away from Homs' });
    expect(claims.find((c) => c.sentences[0] === 0)?.source).toBe('an opposition war monitor and pro-government media');
  });

  it('counts dozens of fighters and thousands of residents with their sources', () => {
    const q = ofType(facts, 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'dozens of fighters', value: null, measures: 'fighters', source: 'SANA' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'thousands of Homs residents', source: 'opposition activists' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'two central towns', value: 2 }));
    expect(q.some((x) => x.text.includes('2014'))).toBe(false);
  });

  it('reads years, weekdays and relative times', () => {
    const t = ofType(facts, 'time');
    expect(t).toContainEqual(expect.objectContaining({ kind: 'year', text: 'until 2014', resolved: '2014', sentences: [4] }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'weekday', text: 'late on Thursday', sentences: [13] }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'relative', text: 'a day after', sentences: [1] }));
    expect(t).toContainEqual(expect.objectContaining({ kind: 'duration', text: 'for the past few years' }));
    // The article date is a month (2024-12): a weekday cannot be resolved against it.
    expect(t.find((x) => x.kind === 'weekday')?.resolved).toBeUndefined();
  });

  it('extracts events with subject, object, place, time and passives', () => {
    const e = ofType(facts, 'event');
    expect(e).toContainEqual(expect.objectContaining({ subject: 'opposition gunmen', verb: 'captured', lemma: 'capture', object: 'the central city of Hama', sentences: [1] }));
    expect(e).toContainEqual(expect.objectContaining({ subject: 'HTS', lemma: 'lead', object: 'The offensive' }));
    expect(e).toContainEqual(expect.objectContaining({ subject: 'Syria’s defence minister', lemma: 'vow', object: 'to gain back lost areas' }));
    expect(e).toContainEqual(expect.objectContaining({ lemma: 'name', negated: true, subject: 'Ali Mahmoud Abbas' }));
    expect(e.find((x) => x.lemma === 'enter' && x.sentences[0] === 0)).toMatchObject({ place: 'north of the central city of Homs', time: 'early on Friday' });
  });

  it('reads both photo credits', () => {
    const credits = ofType(facts, 'credit');
    expect(credits).toEqual([
      expect.objectContaining({ photographer: 'Ghaith Alsayed', agency: 'AP', sentences: [3] }),
      expect.objectContaining({ photographer: 'Hogir El Abdo', agency: 'AP', sentences: [12] }),
    ]);
    expect(credits[0].caption).toBe('Syrian opposition fighters with a seized military armoured vehicle on the outskirts of Hama, Syria');
    expect(name('Ghaith Alsayed')?.kind).toBe('person');
    expect(name('AP')?.kind).toBe('organisation');
  });

  it('describes places by apposition and copula', () => {
    const roles = ofType(facts, 'role');
    expect(roles).toContainEqual(expect.objectContaining({ subject: 'Aleppo', description: 'an ancient business hub', via: 'apposition' }));
    expect(roles).toContainEqual(expect.objectContaining({ subject: 'Turkey', description: 'a main backer of the opposition', via: 'copula' }));
    expect(roles.find((r) => r.subject === 'Homs' && r.sentences[0] === 5)?.description.startsWith('Syria’s largest in size')).toBe(true);
    expect(roles).toContainEqual(expect.objectContaining({ subject: 'Damascus', description: 'the capital' }));
  });

  it('does not make a name of a sentence-initial common word, a weekday or a nationality', () => {
    for (const wrong of ['Insurgents', 'Friday', 'Thursday', 'Syrian', 'State', 'Pro-government']) expect(name(wrong), wrong).toBeUndefined();
  });
});
