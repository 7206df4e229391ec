import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Long-running suites have their own scripts (test:load, test:soak) and never run in `npm test`.
    exclude: ['tests/**/*.load.test.ts', 'tests/**/*.soak.test.ts', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'threads',
  },
});
