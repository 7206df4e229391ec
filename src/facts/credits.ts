import type { Article } from '../article/types.js';
import { captionCredit } from '../article/caption.js';
import type { Draft } from './draft.js';
import type { KindHint } from './names.js';
import type { CreditFact } from './types.js';

/** Photo credits of captions: "(Ghaith Alsayed/AP)" → photographer and agency. */
export function extractCredits(article: Article): Draft<CreditFact>[] {
  const out: Draft<CreditFact>[] = [];
  for (const s of article.sentences) {
    if (!s.caption) continue;
    const credit = captionCredit(s.text);
    if (!credit) continue;
    const caption = s.text.slice(0, s.text.lastIndexOf('(')).trim().replace(/[,;:]$/, '');
    const fact: Draft<CreditFact> = { type: 'credit', sentences: [s.index], caption };
    if (credit.photographer) fact.photographer = credit.photographer;
    if (credit.agency) fact.agency = credit.agency;
    out.push(fact);
  }
  return out;
}

/** A credit's photographer is a person and its agency an organisation: evidence for names. */
export function creditHints(credits: readonly Draft<CreditFact>[]): KindHint[] {
  const hints: KindHint[] = [];
  for (const c of credits) {
    if (c.photographer) hints.push({ name: c.photographer, kind: 'person' });
    if (c.agency) for (const a of c.agency.split('/')) hints.push({ name: a.trim(), kind: 'organisation' });
  }
  return hints;
}
