import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [
          'node:*',
          'electron',
          '**/core/**',
          '**/main/**',
          '**/server/**',
          '**/cli/**',
          '**/preload/**',
        ],
        'The renderer reaches the core only through src/renderer/src/api and the contract.',
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [
        'node:*',
        'electron',
        'react',
        'react-dom',
        'lexical',
        '@lexical/*',
        '**/core/**',
        '**/main/**',
        '**/server/**',
        '**/renderer/**',
        '**/cli/**',
        '**/preload/**',
      ],
      'src/shared is pure: it imports nothing outside src/shared.',
    ),
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'react',
        'react-dom',
        'lexical',
        '@lexical/*',
        '**/main/**',
        '**/server/**',
        '**/renderer/**',
        '**/cli/**',
        '**/preload/**',
      ],
      'src/core runs on Node for every shell: no Electron, React or shell code.',
    ),
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: restrict(
      ['electron', '**/main/**', '**/renderer/**', '**/preload/**'],
      'Browser mode and the CLI never load Electron or renderer code.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      ['**/core/**', '**/server/**', '**/renderer/**', '**/cli/**', 'node:*'],
      'The preload only bridges named contract methods.',
    ),
  },
);
