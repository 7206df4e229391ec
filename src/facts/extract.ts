import type { Article } from '../article/types.js';
import type { Fact } from './types.js';

// PLACEHOLDER until the facts helper lands its extractors.
export function extractFacts(_article: Article): Fact[] {
  return [];
}
