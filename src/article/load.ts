import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArticle } from './parse.js';
import type { Article } from './types.js';

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** A problem a person can fix (a bad file, a missing folder): its message names the file. */
export class ArticleError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

export interface LoadOptions {
  maxBytes?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and checks one article file's bytes; throws ArticleError naming the file. */
export function articleFromBytes(file: string, bytes: Uint8Array, options: LoadOptions = {}): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const name = basename(file);
  if (bytes.length > maxBytes) {
    throw new ArticleError(`${name} is ${bytes.length} bytes, over the ${maxBytes}-byte limit for one article`, name);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleError(`${name} is not valid UTF-8 text`, name);
  }
  if (text.includes('\u0000')) throw new ArticleError(`${name} looks like a binary file, not an article`, name);
  if (text.trim() === '') throw new ArticleError(`${name} is empty`, name);
  const article = parseArticle(name, text);
  if (!article.sentences.some((s) => !s.caption && s.tokens.some((t) => t.kind === 'word'))) {
    throw new ArticleError(`${name} has no sentences to read`, name);
  }
  return article;
}

/** The article files of a folder, in name order so sentence positions are stable. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new ArticleError(`seeds folder ${dir} is not a folder`);
    entries = await readdir(dir);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new ArticleError(`seeds folder ${dir} ${why}`);
  }
  return entries
    .filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Loads every article of a folder. All or nothing: the first bad file fails the whole load with
 * an error naming it, so a refresh never serves half of a new set.
 */
export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<Article[]> {
  const files = await listArticleFiles(dir);
  if (files.length === 0) throw new ArticleError(`seeds folder ${dir} has no .txt or .md articles`);
  const articles: Article[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ArticleError(`${basename(file)} cannot be read (${code ?? String(error)})`, basename(file));
    }
    articles.push(articleFromBytes(file, bytes, options));
  }
  return articles;
}
