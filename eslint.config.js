import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The architecture's import rules, checked on every lint (README, "How it is built"). Each
 * folder of src/ is an element; an import is refused unless a policy here allows it, for
 * local files and packages alike. test/architecture proves each rule refuses a violation.
 */
export const ELEMENTS = [
  { type: 'shared', pattern: 'src/shared/**' },
  { type: 'domain', pattern: 'src/domain/**' },
  { type: 'storage', pattern: 'src/client/storage/**' },
  { type: 'chart', pattern: 'src/client/ui/common/chart/**' },
  { type: 'client', pattern: 'src/client/**' },
  { type: 'sw', pattern: 'src/sw/**' },
  { type: 'server', pattern: 'src/server/**' },
];
const to = (...types) => ({ element: { types: { anyOf: types } } });
const pkg = (source) => ({ module: { origin: 'external', source } });
const CLIENT_SIDE = ['client', 'storage', 'chart', 'shared', 'domain'];
// Icons are inline SVG and the Ethiopic font a self-hosted file: neither calls anyone.
const CLIENT_PACKAGES = [
  'preact',
  'preact/**',
  'workbox-window',
  'qrcode',
  'zod',
  'zod/**',
  'lucide-preact',
  '@fontsource/noto-sans-ethiopic/**',
];
export const POLICIES = [
  // The contract: zod and nothing else, so it runs in the browser, the worker and Node.
  { from: to('shared'), allow: { to: [to('shared'), pkg('zod'), pkg('zod/**')] } },
  // Pure functions over the contract.
  { from: to('domain'), allow: { to: [to('shared', 'domain')] } },
  // The PWA: its own parts, the contract and the domain; never the server.
  { from: to('client'), allow: { to: [to(...CLIENT_SIDE), ...CLIENT_PACKAGES.map(pkg)] } },
  // Only storage/ talks to IndexedDB.
  {
    from: to('storage'),
    allow: { to: [to(...CLIENT_SIDE), pkg('idb'), pkg('zod'), pkg('zod/**')] },
  },
  // Only the chart component loads chart.js (lazily).
  {
    from: to('chart'),
    allow: {
      to: [to(...CLIENT_SIDE), pkg('chart.js'), pkg('chart.js/**'), ...CLIENT_PACKAGES.map(pkg)],
    },
  },
  // The service worker: the contract and workbox.
  { from: to('sw'), allow: { to: [to('shared'), pkg('workbox-*')] } },
  // The server: Node, its packages, the contract and the domain; never the client.
  {
    from: to('server'),
    allow: { to: [to('server', 'shared', 'domain'), { module: { origin: '{external,core}' } }] },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'build', 'dev-dist', 'data', 'coverage', 'node_modules', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true, project: 'tsconfig.tooling.json' } },
      'boundaries/elements': ELEMENTS,
    },
    rules: {
      'boundaries/dependencies': [
        2,
        { default: 'disallow', checkAllOrigins: true, policies: POLICIES },
      ],
    },
  },
);
