import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Long-running suites have their own scripts (test:load, test:soak) and never run in `npm test`.
    exclude: ['tests/**/*.load.test.ts', 'tests/**/*.soak.test.ts', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'threads',
    // The test files share one module graph per worker: re-importing the engine, wink's model and the
    // word data for each of some 125 files took more time than the tests themselves. No test mocks a
    // module or stubs a global, so nothing one file does can reach another.
    isolate: false,
  },
});
