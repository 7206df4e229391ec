import { defineConfig } from 'vitest/config';

/**
 * For `npm run test:load` and `npm run test:soak` only: the default config keeps these long suites
 * out of `npm test`, and a CLI filter cannot undo a config's exclude.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.load.test.ts', 'tests/**/*.soak.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
    // One process per file, so memory figures are the suite's own; --expose-gc for the soak.
    pool: 'forks',
    execArgv: ['--expose-gc'],
    fileParallelism: false,
  },
});
