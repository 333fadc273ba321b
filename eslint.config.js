import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'data', 'coverage', 'node_modules', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/*', '**/server/*'], message: 'shared/ and domain/ stay pure.' },
          ],
        },
      ],
    },
  },
  {
    // Only shared/ and domain/ are bound by the "pure" import rule above.
    files: ['src/client/**', 'src/sw/**', 'src/server/**', 'test/**', 'scripts/**', '*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // idb lives only in client/storage, chart.js only in the chart component.
    files: ['src/client/**'],
    ignores: ['src/client/storage/**', 'src/client/ui/common/chart/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'idb', message: 'Only client/storage talks to IndexedDB.' },
            { name: 'chart.js', message: 'Only ui/common/chart loads chart.js (lazily).' },
            { name: 'chart.js/auto', message: 'Only ui/common/chart loads chart.js (lazily).' },
          ],
        },
      ],
    },
  },
);
