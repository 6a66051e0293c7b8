// Lint: typescript-eslint's recommended rules on every TypeScript source, run by `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-artifacts/',
      'scratch/',
      'test/fixtures/plugins/**/*.{js,cjs,mjs}',
      'test/fixtures/plugins/syntax-error.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // the JavaScript files run in Node (boots, scripts, the bin)
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    // tests reach into outcomes of many shapes; `any` there costs no user anything
    files: ['test/**', 'examples/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      // a leading underscore marks a parameter or element kept for its position (a plugin's signature, a tuple)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
