import type { Article, Sentence } from '../article/types.js';
import type { Token } from '../nlp/token.js';
import type { Draft } from './draft.js';
import { DESCRIPTION_STOP, HONORIFICS, ORG_AFTER, isPersonWord, PLACE_BEFORE_OF, PLACE_AFTER, REPORTING_VERBS, ROLE_NOUNS } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import type { ResolvedChunk } from './names.js';
import { clauseStart, phraseEndingAt, phraseStartingAt, subjectBefore, type Span } from './phrases.js';
import { isPossessive, isQuoteMark, spanText, startsLower, tidy } from './tokens.js';
import type { RoleFact } from './types.js';

const ANY_LETTER = /\p{L}/u;

/**
 * Descriptions and roles: appositions ("Rami Abdurrahman, the Observatory's chief"; "the capital,
 * Damascus,"), copulas ("Homs province is Syria's largest"; "Turkey, which is a main backer of …"),
 * titles written before a name ("President Bashar Assad"), and an unnamed office holder who
 * speaks in one sentence and is named, with a title, at the start of the next
 * ("Syria's defence minister said …" / "General Ali Mahmoud Abbas said …").
 */

const RELATIVE = new Set(['which', 'who']);
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const MAX_DESCRIPTION = 25;

const hasCommonWord = (tokens: readonly Token[], span: Span): boolean => {
  for (let k = span.from; k <= span.to; k += 1) {
    const t = tokens[k];
    if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB') && startsLower(t.text)) return true;
  }
  return false;
};

/** An apposition may carry a prepositional phrase up to its closing comma: "a poor farming area near the border". */
function widenToComma(tokens: readonly Token[], span: Span | undefined): Span | undefined {
  if (!span || ends(tokens[span.to + 1])) return span;
  for (let k = span.to + 1; k < tokens.length && k <= span.to + 10; k += 1) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || DESCRIPTION_STOP.has(t.norm) || isQuoteMark(t)) return span;
    if (t.text === ',' || t.text === '.' || t.text === ';') return { from: span.from, to: k - 1 };
  }
  return span;
}

/**
 * "Helga Vintner, the quarry worker who spotted the first bones.": a relative clause on the
 * description belongs to it, up to the clause's end.
 */
function withRelativeClause(tokens: readonly Token[], span: Span | undefined): Span | undefined {
  if (!span || !RELATIVE.has(tokens[span.to + 1]?.norm ?? '') || !['VERB', 'AUX'].includes(tokens[span.to + 2]?.pos ?? '')) return span;
  for (let k = span.to + 2; k < tokens.length && k <= span.to + 12; k += 1) {
    if (isQuoteMark(tokens[k])) return span;
    if (ends(tokens[k])) return { from: span.from, to: k - 1 };
  }
  return span;
}

const ends = (t: Token | undefined): boolean => t === undefined || t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')' || isQuoteMark(t);

/** Is the subject phrase about the chunk itself: "Homs", "Homs province", "the city of Homs"? */
function headChunk(tokens: readonly Token[], span: Span, chunks: readonly ResolvedChunk[]): ResolvedChunk | undefined {
  for (const c of chunks) {
    if (c.start < span.from || c.end - 1 > span.to) continue;
    const after = span.to - (c.end - 1);
    if (after === 0 || (after === 1 && PLACE_AFTER.has(tokens[span.to].norm))) {
      let k = c.outerStart - 1;
      if (k < span.from) return c;
      // "the city of Homs"
      if (tokens[k].norm === 'of' && PLACE_BEFORE_OF.has(tokens[k - 1]?.norm ?? '')) {
        k -= 2;
        while (k >= span.from && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k -= 1;
        if (k < span.from) return c;
      }
      while (k >= span.from && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k -= 1;
      if (k < span.from) return c;
    }
  }
  return undefined;
}

function descriptionAfter(s: Sentence, start: number, firstCommaEnds: boolean, quoted: ReadonlySet<number>): string | undefined {
  const tokens = s.tokens;
  // "was last hit by …" is a passive, not a description.
  if (tokens[start]?.pos === 'VERB' || tokens[start + 1]?.pos === 'VERB' || tokens[start + 2]?.norm === 'by') return undefined;
  const first = tokens[start];
  if (!first || first.pos === 'VERB' || first.pos === 'AUX' || first.norm === 'not' || first.norm === "n't" || quoted.has(start)) return undefined;
  let end = start;
  while (end < tokens.length && end - start < MAX_DESCRIPTION) {
    const t = tokens[end];
    if (t.text === '.' || t.text === ';' || isQuoteMark(t) || quoted.has(end)) break;
    if (DESCRIPTION_STOP.has(t.norm) && end > start) break;
    if (t.pos === 'CCONJ' && tokens[end + 1]?.pos === 'VERB') break;
    if (t.text === ',' && (firstCommaEnds || tokens[end + 1]?.pos === 'VERB' || DESCRIPTION_STOP.has(tokens[end + 1]?.norm ?? ''))) break;
    end += 1;
  }
  const text = tidy(spanText(s, start, end - 1));
  return text.split(/\s+/).length >= 1 && ANY_LETTER.test(text) ? text : undefined;
}

/** "retired", "qualified": a word before a title that the title's run leaves out. */
const saysWhichOfTitle = (t: Token): boolean => startsLower(t.text) && (t.pos === 'ADJ' || (t.pos === 'VERB' && t.norm.endsWith('ed')));

export function extractRoles(article: Article, index: NameIndex, quotedTokens: ReadonlyMap<number, ReadonlySet<number>>): Draft<RoleFact>[] {
  const out: Draft<RoleFact>[] = [];
  const add = (sentence: number, subject: string, description: string, via: RoleFact['via']): void => {
    if (!description || description === subject) return;
    const same = out.find((r) => r.subject === subject && r.description === description);
    if (same) {
      if (!same.sentences.includes(sentence)) same.sentences.push(sentence);
      return;
    }
    out.push({ type: 'role', sentences: [sentence], subject, description, via });
  };

  for (const s of article.sentences) {
    const tokens = s.tokens;
    const chunks = index.chunks[s.index] ?? [];
    const quoted = quotedTokens.get(s.index) ?? new Set<number>();

    for (const c of chunks) {
      // Titles: "President Bashar Assad"; honorifics are not roles.
      // "SDA leader Elena Brandt": the organisation named right before the title is part of it.
      const owner = chunks.find((o) => o.end === c.outerStart && index.kind(o.entity) !== 'person');
      for (const title of c.titles) {
        if (HONORIFICS.has(title.toLowerCase())) continue;
        add(s.index, c.entity, owner && startsLower(title) ? `${spanText(s, owner.outerStart, owner.end - 1)} ${title}` : title, 'title');
      }
      if (s.caption || quoted.has(c.start)) continue;

      // "X, the Observatory's chief," / "X, an ancient business hub," / "The X region, a poor farming area near …,"
      const named = tokens[c.end] && startsLower(tokens[c.end].text) && (PLACE_AFTER.has(tokens[c.end].norm) || ORG_AFTER.has(tokens[c.end].norm)) ? c.end + 1 : c.end;
      // "Ilse Brandvold, 52, the UNF's general secretary,": past an age.
      const cEnd = tokens[named]?.text === ',' && tokens[named + 1]?.pos === 'NUM' && tokens[named + 2]?.text === ',' ? named + 2 : named;
      if (tokens[cEnd]?.text === ',') {
        const span = withRelativeClause(tokens, widenToComma(tokens, phraseStartingAt(tokens, cEnd + 1)));
        // A number opens no description ("X, 52,"), but for "one of the country's biggest airlines".
        const oneOf = tokens[span?.from ?? -1]?.norm === 'one' && tokens[(span?.from ?? -1) + 1]?.norm === 'of';
        if (span && (tokens[span.from].pos !== 'NUM' || oneOf) && tokens[span.from].pos !== 'VERB' && ends(tokens[span.to + 1]) && hasCommonWord(tokens, span)) {
          const startsLikeDescription = oneOf || tokens[span.from].pos === 'DET' || tokens[span.from].pos === 'PRON' || isPossessive(tokens[span.from + 1]) || index.chunksIn(s.index, span.from, span.from).length > 0 || startsLower(tokens[span.from].text);
          if (startsLikeDescription) add(s.index, c.entity, tidy(spanText(s, span.from, span.to)), 'apposition');
        }
        // "Turkey, which is a main backer of the opposition,"
        const rel = tokens[cEnd + 1];
        const be = tokens[cEnd + 2];
        if (rel && RELATIVE.has(rel.norm) && be?.lemma === 'be' && be.pos === 'AUX') {
          const d = descriptionAfter(s, cEnd + 3, true, quoted);
          if (d) add(s.index, c.entity, d, 'copula');
        }
      }

      // "the capital, Tarsk,": a common noun phrase renamed by the name after it ("his wife of 58
      // years, the illustrator Greta Lunde," past a word for her).
      const described = isPersonWord(tokens[c.outerStart - 1]?.norm ?? '') && startsLower(tokens[c.outerStart - 1].text) && tokens[c.outerStart - 2]?.pos === 'DET';
      // ("The club's captain, retired vet Ada Moll,": past a word that says which of the title.)
      const comma = described ? c.outerStart - 3 : c.titles.length > 0 && tokens[c.outerStart - 2]?.text === ',' && saysWhichOfTitle(tokens[c.outerStart - 1]) ? c.outerStart - 2 : c.outerStart - 1;
      if (tokens[comma]?.text === ',' && ends(tokens[c.end])) {
        // "The county's cabinet member for parks, Ann Vik,": an office named with its portfolio
        // is read back past its preposition when the bare phrase ("housing") would open no description.
        const bare = phraseEndingAt(tokens, comma - 1, described);
        // The whole phrase must open the sentence or a clause: not "by the end of 2026, Ann Vik said".
        const long = !described && bare && tokens[bare.from - 1]?.pos === 'ADP' ? phraseEndingAt(tokens, comma - 1, true) : undefined;
        const opensClause = long !== undefined && (long.from === 0 || tokens[long.from - 1].pos === 'PUNCT' || isQuoteMark(tokens[long.from - 1]));
        const span = long && opensClause ? long : bare;
        const widened = span !== bare;
        const possessor = span ? index.chunksIn(s.index, span.from, span.to).filter((x) => isPossessive(tokens[x.end])) : [];
        // "the capital, Tarsk,", "Harlund's chief executive, Elsa Brandt,", "his lawyer, Benedikt Sorvall,".
        const opensWell = span !== undefined && (tokens[span.from].pos === 'DET' || OWNERS.has(tokens[span.from].norm) || (possessor.length === 1 && possessor[0].outerStart === span.from));
        const otherNames = span ? index.chunksIn(s.index, span.from, span.to).length - possessor.length : 0;
        // (An owner's name counts as one word: "The Royal Oak Owls' captain" is as short as "the club's captain".)
        const ownerWords = possessor.reduce((n, x) => n + x.end - x.outerStart - 1, 0);
        if (span && opensWell && span.to - span.from - ownerWords <= (widened ? 8 : 4) && otherNames === 0 && hasCommonWord(tokens, span)) {
          add(s.index, c.entity, tidy(spanText(s, span.from, span.to)), 'apposition');
        }
      }
    }

    if (s.caption) continue;
    // Copulas: "Homs province is Syria's largest", "The city of Homs, …, is a major intersection point".
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (t.lemma !== 'be' || t.pos !== 'AUX' || quoted.has(i)) continue;
      if (RELATIVE.has(tokens[i - 1]?.norm ?? '')) continue;
      const span = subjectBefore(tokens, i);
      if (!span || quoted.has(span.from)) continue;
      const head = tokens[span.from - 1]?.pos === 'ADP' ? undefined : headChunk(tokens, span, chunks);
      if (!head) continue;
      const d = descriptionAfter(s, i + 1, false, quoted);
      if (d) add(s.index, head.entity, d, 'copula');
    }
  }

  linkUnnamedOffice(article, index, out, add);
  linkLeadDescription(article, index, add);
  return out;
}

/** "Syria's defence minister said …" followed by "General Ali Mahmoud Abbas said …". */
function linkUnnamedOffice(article: Article, index: NameIndex, _out: Draft<RoleFact>[], add: (sentence: number, subject: string, description: string, via: RoleFact['via']) => void): void {
  const firstMention = new Map<string, number>();
  for (const list of index.chunks) for (const c of list) if (!firstMention.has(c.entity)) firstMention.set(c.entity, c.sentence);
  for (const s of article.sentences) {
    if (s.caption) continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma)) continue;
      const span = subjectBefore(tokens, i);
      if (!span || span.from !== clauseStart(tokens, span.from) || !ROLE_NOUNS.has(tokens[span.to].norm)) continue;
      // A definite office ("the minister", "Syria's defence minister"), never "an unnamed official".
      const first = tokens[span.from];
      const definite = first.norm === 'the' || isPossessive(tokens[span.from + 1]) || index.chunksIn(s.index, span.from, span.from).length > 0;
      const named = index.chunksIn(s.index, span.from, span.to).some((c) => !isPossessive(tokens[c.end]));
      if (!definite || named) continue;
      const next = article.sentences[s.index + 1];
      if (!next || next.caption) continue;
      const opener = (index.chunks[next.index] ?? []).find((c) => c.outerStart === 0 && c.titles.length > 0);
      if (!opener || index.kind(opener.entity) !== 'person' || firstMention.get(opener.entity) !== next.index) continue;
      add(s.index, opener.entity, tidy(spanText(s, span.from, span.to)), 'title');
      const role = _out[_out.length - 1];
      if (role && !role.sentences.includes(next.index)) role.sentences.push(next.index);
    }
  }
}

/** How far after the lead the person it describes may first be named. */
const LEAD_NAMED_WITHIN = 2;

/**
 * "A former finance director of the council was sentenced …" / "A jury found Martin Aldous …":
 * a story that opens on an unnamed person names them in the next sentence or two. The lead's
 * description becomes a role of the first person named there for the first time.
 */
function linkLeadDescription(article: Article, index: NameIndex, add: (sentence: number, subject: string, description: string, via: RoleFact['via']) => void): void {
  const lead = article.sentences.find((s) => !s.caption);
  if (!lead) return;
  const tokens = lead.tokens;
  const first = tokens[0];
  // Indefinite only: "The minister …" refers to someone already known, not introduced here.
  if (!first || !((first.pos === 'DET' && (first.norm === 'a' || first.norm === 'an')) || first.pos === 'NUM')) return;
  const span = phraseStartingAt(tokens, 0);
  if (!span) return;
  let head = span.to;
  for (let k = span.from + 1; k <= span.to; k += 1) {
    if (tokens[k].pos === 'ADP') {
      head = k - 1;
      break;
    }
  }
  // "A lorry driver from Dunmere in the county …": places and employers after the head belong to it.
  for (let pp = 0; pp < 2 && tokens[span.to + 1]?.pos === 'ADP'; pp += 1) {
    const more = phraseStartingAt(tokens, span.to + 2);
    if (!more) break;
    span.to = more.to;
  }
  const verb = tokens[span.to + 1];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return;
  if (!isPersonWord(tokens[head].norm)) return;
  // A name before the head ("A Syrian Observatory official") is who they work for, not who they are;
  // a name after "of" says the same. Neither names the person.
  if (index.chunksIn(lead.index, span.from, head).some((c) => index.kind(c.entity) === 'person')) return;
  const earlier = new Set<string>();
  for (const c of index.chunks[lead.index] ?? []) earlier.add(c.entity);
  for (let n = lead.index + 1; n <= lead.index + LEAD_NAMED_WITHIN && n < article.sentences.length; n += 1) {
    if (article.sentences[n].caption) continue;
    const person = (index.chunks[n] ?? []).find((c) => index.kind(c.entity) === 'person');
    if (!person) {
      for (const c of index.chunks[n] ?? []) earlier.add(c.entity);
      continue;
    }
    if (earlier.has(person.entity)) return;
    const description = tidy(spanText(lead, span.from, span.to));
    add(lead.index, person.entity, description.charAt(0).toLowerCase() + description.slice(1), 'lead');
    return;
  }
}
