// Lint configuration: typescript-eslint's recommended rules over src, test and bench, and the layer rules of
// docs/ARCHITECTURE.md (test/unit/layers.test.ts shows each one failing on a deliberate violation).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import patterns, by layer. Relative paths are matched from any depth (`**`). */
const STORE = ['**/store/*', 'better-sqlite3'];
const OUTER = [
  '**/cmdlets/*',
  '**/services/*',
  '**/wizard/*',
  '**/prompts/*',
  '**/notify/*',
  '**/files/*',
  '**/csv/*',
  '**/argv/*',
  '**/cli.js',
  '**/runtime.js',
  '**/deps.js',
];
const IO = ['node:fs', 'node:fs/*', 'node:child_process', 'node:net', 'node:process', 'fs', 'child_process', 'process'];
const restrict = (groups) => ['error', { patterns: groups }];
const group = (patterns, message, allowTypeImports = false) => ({ group: patterns, message, allowTypeImports });

/** SQL text: a string or template literal that starts with a statement keyword. */
const SQL_TEXT = '/^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|ROLLBACK)\\s/';

export const layerRules = [
  // domain/: pure rules. Only domain/, errors.ts and the pure text helpers (and type-only catalog shapes).
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(STORE, 'domain/ is pure: it may not import the store (SQL lives under src/store/).'),
        group([...OUTER, '**/output/*'], 'domain/ imports only domain/, errors.ts and text/.'),
        group(['**/catalog/*'], 'domain/ may take catalog shapes as types only.', true),
        group(
          ['chalk', 'ora', '@inquirer/*', 'nodemailer', 'commander', 'csv-parse', 'csv-parse/*', 'csv-stringify', 'csv-stringify/*', ...IO],
          'domain/ does no I/O.',
        ),
      ]),
    },
  },
  // The wizard reads through services/queries.ts and changes through services: the store's types only.
  {
    files: ['src/wizard/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(STORE, 'The wizard reads through services/queries.ts and changes through services, never the store directly.', true),
        group(['chalk'], 'Colour is chosen in src/output/ (Style); use deps.outStyle.'),
      ]),
    },
  },
  // SQL only under store/.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SQL_TEXT}]`, message: 'SQL lives under src/store/: call a store function.' },
        { selector: `TemplateElement[value.raw=${SQL_TEXT}]`, message: 'SQL lives under src/store/: call a store function.' },
        { selector: "CallExpression[callee.property.name='prepare']", message: 'SQL lives under src/store/: call a store function.' },
      ],
    },
  },
  // chalk only under output/.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/output/**', 'src/domain/**', 'src/wizard/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([group(['chalk'], 'Colour is chosen in src/output/ (Style); use deps.outStyle.')]),
    },
  },
  // process.* only in cli.ts: everything else gets it through Deps.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/cli.ts reads process.*; take it from Deps (env, io, self, clock).' }],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'test/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  ...layerRules,
);
