// The project's ESLint rules: recommended sets of ESLint, typescript-eslint, Lit,
// web components and Lit accessibility, with the few exceptions explained below.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/generated/',
      'tests/.tmp/',
      'bench/.site/',
      'bench/results/',
      'docs/',
      '.look/',
      '**/node_modules/',
      '**/.astro/',
      '**/.angular/',
      '**/.next/',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ['**/*.{ts,tsx,js,mjs,jsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['src/**/*.ts', 'tests/**/*.{ts,tsx}', 'demo/**/*.{ts,js}'], ...lit.configs['flat/recommended'] },
  { files: ['src/**/*.ts', 'tests/**/*.{ts,tsx}', 'demo/**/*.{ts,js}'], ...wc.configs['flat/recommended'] },
  { files: ['src/**/*.ts'], ...litA11y.configs.recommended },
  // Build scripts, Node tests and configs run in Node.
  { files: ['**/*.mjs', 'bench/**/*.{js,jsx}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // `_name` marks a parameter kept for its position (event handlers, callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.styles.ts'],
    // The build minifies CSS only in *.styles.ts files (scripts/minify-css.mjs).
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TaggedTemplateExpression[tag.name='css']",
          message: 'CSS goes in a *.styles.ts file, where the build minifies it.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
