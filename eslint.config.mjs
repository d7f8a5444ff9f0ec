// ESLint: TypeScript, Lit, web-components and lit-a11y rules; zero warnings allowed (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/qoldau/cdn/**',
      'packages/qoldau/frameworks/**',
      'storybook-static/**',
      'coverage/**',
      '**/generated/**',
      '**/.qoldau-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement', 'QoldauElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Registration goes through defineElement() (guarded against double definition).
      'wc/tag-name-matches-class': 'off',
      // LitElement implements every lifecycle callback, so guarding super calls is noise.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // chai's property assertions (expect(x).to.be.true) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
