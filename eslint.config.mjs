// Lint, run by `npm test` (npm run lint). Besides typescript-eslint's recommended rules and the
// rules of hooks, it enforces the process boundaries of docs/ARCHITECTURE.md with
// no-restricted-imports; tests/architecture/lint-boundaries.test.ts proves each boundary rule bites.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const DOMAIN = ['library', 'ingest', 'books', 'pdf', 'docx', 'share', 'export'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'native/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', 'resources/**', 'bench/results/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are dead code; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are what the sanitisers (file names, PDF text, terminal output) look for.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', performance: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // page.evaluate callbacks run in the page.
    files: ['bench/ui-bench.mjs'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', MutationObserver: 'readonly', PerformanceObserver: 'readonly', requestAnimationFrame: 'readonly' } },
  },
  {
    // Playwright fixtures that use no other fixture still destructure their first argument.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The renderer runs in a sandboxed page: it reaches the main process only through
      // window.briefing, and shares with it only types of the IPC contracts and common/.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron API; call window.briefing.' }],
          patterns: [
            { regex: '^node:', message: 'The renderer is a web page: no Node modules.' },
            {
              regex: '(^|/)electron/(?!ipc/contracts/)',
              message: 'The renderer may import from electron/ only `import type` from electron/ipc/contracts/* (shared values live in common/).',
            },
            {
              regex: '(^|/)electron/ipc/contracts/',
              allowTypeImports: true,
              message: 'Only `import type` from the IPC contracts: their values (zod schemas) belong to the main process.',
            },
          ],
        },
      ],
    },
  },
  {
    files: DOMAIN.map((d) => `electron/${d}/**/*.ts`),
    rules: {
      // Domain modules are plain Node: the CLI, the bridge and workers run them without Electron.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Domain modules run without Electron (CLI, bridge, workers).' }],
          patterns: [
            { regex: '^(\\.\\./)+(ipc|shell)(/|$)', message: 'Domain modules may not import the IPC layer or the shell: those call the domain, not the other way round.' },
            { regex: '^(\\.\\./)+(main|preload)$', message: 'Domain modules may not import the Electron entry points.' },
          ],
        },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      // common/ is loaded by both processes: zod and itself only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$)(?!\\./)', message: 'common/ may import only zod and other common/ modules.' }] },
      ],
    },
  },
);
