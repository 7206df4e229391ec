import type { BatchId } from '../reply/json.js';

/** One question of a batch, as read from one input line of the batch contract. */
export interface BatchItem {
  id: BatchId;
  question: string;
  /** Earlier questions of the same conversation, oldest first. */
  context: string[];
  sentences?: string[];
  article?: string;
  title?: string;
}

export type ParsedLine = { ok: true; item: BatchItem } | { ok: false; id: BatchId; error: string };

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Reads and checks one input line. Unknown fields are ignored (question sets carry `expect`,
 * `gold`, `tags` …); a known field of the wrong type is an error, so a malformed line never gets
 * a plausible-looking answer to a question nobody asked.
 */
export function parseBatchLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, id: null, error: `line is not valid JSON: ${why}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'line must be a JSON object' };
  }
  const o = value as Record<string, unknown>;
  const rawId = o.id;
  const idOk = rawId === undefined || rawId === null || typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId));
  const id: BatchId = idOk && (typeof rawId === 'string' || typeof rawId === 'number') ? rawId : null;
  const fail = (error: string): ParsedLine => ({ ok: false, id, error });

  if (!idOk) return fail('"id" must be a string or a number');
  if (o.question === undefined) return fail('missing "question"');
  if (typeof o.question !== 'string') return fail('"question" must be a string');
  if (o.question.trim() === '') return fail('"question" is empty');
  if (o.context !== undefined && !isStringArray(o.context)) return fail('"context" must be a list of strings');
  if (o.sentences !== undefined && !isStringArray(o.sentences)) return fail('"sentences" must be a list of strings');
  if (o.article !== undefined && typeof o.article !== 'string') return fail('"article" must be a string');
  if (o.title !== undefined && o.title !== null && typeof o.title !== 'string') return fail('"title" must be a string');
  if (o.sentences !== undefined && o.article !== undefined) return fail('give "sentences" or "article", not both');
  if (Array.isArray(o.sentences) && o.sentences.length === 0) return fail('"sentences" is empty');
  if (typeof o.article === 'string' && o.article.trim() === '') return fail('"article" is empty');

  const item: BatchItem = { id, question: o.question, context: (o.context as string[] | undefined) ?? [] };
  if (o.sentences !== undefined) item.sentences = o.sentences as string[];
  if (typeof o.article === 'string') item.article = o.article;
  if (typeof o.title === 'string' && o.title.trim() !== '') item.title = o.title;
  return { ok: true, item };
}
