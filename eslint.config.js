import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // esbuild (as tsx and `npm run build` run it, for Node 20) turns a regular expression literal with
    // a \p{…} class into `new RegExp(…)`, compiled afresh each time the code runs: inside a function,
    // at every call. Such expressions are module constants in the engine.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':function Literal[regex.pattern=/\\\\[pP]\\{/]',
          message: 'A \\p{…} regular expression inside a function is rebuilt at every call once esbuild has compiled it: make it a module constant.',
        },
      ],
    },
  },
);
