// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only src/queries reads the content collections; types may be imported anywhere. */
const contentThroughQueries = {
  name: 'astro:content',
  allowTypeImports: true,
  message: 'Read content through src/queries/content.ts (types may be imported).',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.next/',
      'dist.previous/',
      '**/.astro/',
      'node_modules/',
      'bench/**/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] },
    },
  },
  {
    // Type-aware rules cannot see the types of .astro modules; `astro check` type-checks them.
    files: ['**/*.js', '**/*.mjs', '**/*.astro', 'src/components/mdx/index.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Served to browsers as written (src/scripts/theme.js runs before any module).
    files: ['src/scripts/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // A scrollable table wrapper must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
    },
  },
  // The layers of the code (README, "Architecture"): schemas → lib → components → pages, with
  // src/queries the one reader of the content collections.
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^astro:', message: 'src/lib is plain TypeScript: no astro:* modules.' },
            {
              regex: '/(components|layouts|pages|queries|integrations)/',
              message: 'src/lib may import src/schemas and src/lib only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^astro:',
              message: 'src/schemas holds zod schemas only: no astro:* modules.',
            },
            {
              regex: '/(components|layouts|pages|queries|integrations)/',
              message: 'src/schemas may import zod and other schemas only.',
            },
            {
              // The URL rule is shared with the Markdown checks; nothing else of src/lib.
              group: ['../lib/*', '../lib/**', '!../lib/urls.ts'],
              message: 'src/schemas may import zod and other schemas only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/components/**/*.{ts,astro}',
      'src/layouts/**/*.astro',
      'src/pages/**/*.{ts,astro}',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [contentThroughQueries],
        },
      ],
    },
  },
  {
    // Components get their data from the page; only author components (MDX) look it up by id.
    files: ['src/components/*.astro'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [contentThroughQueries],
          patterns: [
            {
              group: ['**/queries/*'],
              message: 'Pass the data from the page; only src/components/mdx/ looks data up by id.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Fixture edits reach into parsed JSON of known shape.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Inline snapshots hold formatted numbers, whose currency spacing is a no-break space.
      'no-irregular-whitespace': ['error', { skipTemplates: true, skipStrings: true }],
    },
  },
);
