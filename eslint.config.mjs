import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The renderer's feature folders, lowest first: a folder may import from the folders before it,
 * never from those after it, so no two folders import each other (directly or round a circle).
 * App.tsx, main.tsx and articlePlugins.tsx compose them all.
 */
const rendererLayers = [
  'api',
  'format',
  'ui',
  'keyboard',
  'annotations',
  'reader',
  'entities',
  'search',
  'notes',
  'replace-text',
  'importing',
  'library',
  'export',
  'panel',
  'review',
  'chrome',
];
const rendererZones = rendererLayers.slice(0, -1).map((folder, index) => ({
  target: `./src/renderer/src/${folder}`,
  from: rendererLayers.slice(index + 1).map((above) => `./src/renderer/src/${above}`),
  message: `src/renderer/src/${folder} sits below these folders (rendererLayers in eslint.config.mjs): move the shared code down instead of importing up.`,
}));

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
    // No import circles between files (type-only imports excepted: they vanish at run time),
    // and none between the renderer's feature folders.
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: rendererZones }],
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
