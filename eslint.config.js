// Lint: typescript-eslint's recommended rules on every TypeScript source, run by `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-artifacts/', 'scratch/', 'test/fixtures/plugins/**/*.{js,cjs,mjs}', 'test/fixtures/plugins/syntax-error.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // a leading underscore marks a parameter or element kept for its position (a plugin's signature, a tuple)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
