// Lint for the whole project: typescript-eslint's recommended rules, Prettier for layout (eslint-config-prettier
// turns off the rules it owns), and the layers held one way (import-x): a newcomer can trust the folders.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Who may not import whom: each zone's `target` never imports from its `from`. */
const layers = [
  {
    target: './src/model',
    from: './src',
    except: ['./model'],
    message: 'the model is the ground floor: it imports nothing of the project',
  },
  {
    target: './src/graph',
    from: ['./src/schema', './src/server', './src/seed', './src/exchange'],
    message: 'graph/ is below the schema, the server and the loaders that use it',
  },
  { target: './src/schema', from: './src/server', message: 'resolvers do not reach up into the HTTP server' },
  {
    target: ['./src/seed', './src/exchange', './tools/synthetic'],
    from: ['./src/schema', './src/server', './tools/bench'],
    message: 'loaders sit on graph/, below the API',
  },
  { target: './src', from: './tools', message: 'tools/ (the benchmark, the synthetic generator) use src/; the server never uses them' },
  { target: ['./src', './tools', './test'], from: './scripts', message: 'scripts/ are entry points; nothing imports them' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-tools/',
      'node_modules/',
      'coverage/',
      '.neo4j/',
      'export/',
      'test-artifacts/',
      'web/vendor/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      '@typescript-eslint/no-explicit-any': 'off',
      // A variable a closure reads before its one assignment (a server set once started) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
  },
  prettier,
);
