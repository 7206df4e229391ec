import { describe, expect, it } from 'vitest';
import { createResolver, isFormKept } from '../src/facts/names.js';

// The bench asks each question many times: a form a question looks up must cost the same every time,
// so only the article's own names, forms and aliases are kept.
describe('forms kept by name resolution', () => {
  const resolve = createResolver([{ name: 'Odalys Quenvard-Hesk', kind: 'person', forms: ['Ms Quenvard-Hesk'] }], [], []);

  it('keeps the article’s names and forms', () => {
    expect(isFormKept('Odalys Quenvard-Hesk')).toBe(true);
    expect(isFormKept('Ms Quenvard-Hesk')).toBe(true);
  });

  it('resolves a looked-up form without keeping it', () => {
    expect(resolve('dr odalys quenvard-hesk')?.name).toBe('Odalys Quenvard-Hesk');
    expect(resolve('Quenvard-Hesk')?.name).toBe('Odalys Quenvard-Hesk');
    expect(isFormKept('dr odalys quenvard-hesk')).toBe(false);
    expect(isFormKept('Quenvard-Hesk')).toBe(false);
  });
});
