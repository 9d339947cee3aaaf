// ESLint (npm run lint, part of npm test): typescript-eslint's recommended rules, and Lit's and
// web components' (eslint-plugin-lit, eslint-plugin-wc). lit-analyzer checks the templates
// against the element's types on top (npm run lint).
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.fixtures/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**', 'testing/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
