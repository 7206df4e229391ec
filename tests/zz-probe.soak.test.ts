import { it, expect } from 'vitest';
it('probe', () => { expect(typeof (globalThis as { gc?: unknown }).gc).toBe('function'); });
