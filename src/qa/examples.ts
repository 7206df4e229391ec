import type { KnowledgeBase } from '../kb/knowledge-base.js';

/**
 * Questions the loaded article can answer, built from its facts (never written by hand): for help
 * texts and autocomplete.
 */
const cache = new WeakMap<KnowledgeBase, string[]>();

export function exampleQuestions(kb: KnowledgeBase, limit = 25): string[] {
  let all = cache.get(kb);
  if (!all) {
    const out = new Set<string>();
    for (const f of kb.facts) {
      if (f.type === 'quote') out.add(`What did ${f.speaker} say?`);
      else if (f.type === 'quantity' && f.kind === 'distance' && f.measures) out.add(`How far ${f.measures.replace(/^(?:away )?from\s+/i, 'from ')}?`.replace(/^How far from/, 'How far away from'));
      else if (f.type === 'alias') out.add(`What does ${f.alias} stand for?`);
      else if (f.type === 'role' && f.via === 'apposition') out.add(`Who is ${f.subject}?`);
      else if (f.type === 'credit') out.add('Who took the photo?');
      else if (f.type === 'claim') out.add(`What did ${f.source} report?`);
      else if (f.type === 'name' && f.kind === 'person') out.add(`Who is ${f.name}?`);
    }
    out.add('What is this article about?');
    all = [...out];
    cache.set(kb, all);
  }
  return all.slice(0, limit);
}
