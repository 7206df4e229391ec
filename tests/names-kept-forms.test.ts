import { describe, expect, it } from 'vitest';
import { createResolver, isFormKept } from '../src/facts/names.js';

// The bench asks each question many times: a form a question looks up must cost the same every time,
// so only the article's own names, forms and aliases are kept.
describe('forms kept by name resolution', () => {
  const resolve = createResolver([{ name: 'Odalys Brenneke-Vark', kind: 'person', forms: ['Ms Brenneke-Vark'] }], [], []);

  it('keeps the article’s names and forms', () => {
    expect(isFormKept('Odalys Brenneke-Vark')).toBe(true);
    expect(isFormKept('Ms Brenneke-Vark')).toBe(true);
  });

  it('resolves a looked-up form without keeping it', () => {
    expect(resolve('dr odalys brenneke-vark')?.name).toBe('Odalys Brenneke-Vark');
    expect(resolve('Brenneke-Vark')?.name).toBe('Odalys Brenneke-Vark');
    expect(isFormKept('dr odalys brenneke-vark')).toBe(false);
    expect(isFormKept('Brenneke-Vark')).toBe(false);
  });
});
