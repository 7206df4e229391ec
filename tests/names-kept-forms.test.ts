import { describe, expect, it } from 'vitest';
import { createResolver, isFormKept } from '../src/facts/names.js';

// The bench asks each question many times: a form a question looks up must cost the same every time,
// so only the article's own names, forms and aliases are kept.
describe('forms kept by name resolution', () => {
  const resolve = createResolver([{ name: 'Odalys Quenvard-Tolmary', kind: 'person', forms: ['Ms Quenvard-Tolmary'] }], [], []);

  it('keeps the article’s names and forms', () => {
    expect(isFormKept('Odalys Quenvard-Tolmary')).toBe(true);
    expect(isFormKept('Ms Quenvard-Tolmary')).toBe(true);
  });

  it('resolves a looked-up form without keeping it', () => {
    expect(resolve('dr odalys quenvard-tolmary')?.name).toBe('Odalys Quenvard-Tolmary');
    expect(resolve('Quenvard-Tolmary')?.name).toBe('Odalys Quenvard-Tolmary');
    expect(isFormKept('dr odalys quenvard-tolmary')).toBe(false);
    expect(isFormKept('Quenvard-Tolmary')).toBe(false);
  });
});
