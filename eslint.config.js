import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (see the README's layout): shared ← everyone; gateway ← services
 * ← main, web; the renderer imports only shared and itself; the preload only the
 * contract. A wrong import fails `npm test`.
 */
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

/** Import specifiers are matched as regular expressions: relative paths have any number of "../". */
const up = '^(\\.\\.?/)+';
const into = (...folders) => `${up}(${folders.join('|')})(/|$)`;

function boundary(files, patterns, paths = []) {
  return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  boundary(
    ['shared/**/*.ts'],
    [
      { regex: into('electron', 'renderer'), message: 'shared/ imports nothing from electron/ or renderer/.' },
      { regex: '^(node:.*|fs|path|http|os|crypto|react|react-dom|react/.*)$', message: 'shared/ is plain TypeScript: no Node, no DOM, no React.' },
    ],
    [noElectron],
  ),
  boundary(
    ['electron/gateway/**/*.ts'],
    [{ regex: into('services', 'main', 'web', 'preload', 'renderer', 'electron/services', 'electron/main', 'electron/web'), message: 'The gateway core imports only shared/ and itself.' }],
    [noElectron],
  ),
  boundary(
    ['electron/services/**/*.ts'],
    [{ regex: into('main', 'web', 'preload', 'renderer'), message: 'Services import the gateway and shared/, never a host.' }],
    [noElectron],
  ),
  boundary(
    ['electron/web/**/*.ts'],
    [{ regex: into('main', 'preload', 'renderer'), message: 'The web host imports services, the gateway and shared/, never Electron glue.' }],
    [noElectron],
  ),
  boundary(
    ['electron/cli/**/*.ts'],
    [{ regex: into('main', 'web', 'preload', 'renderer'), message: 'The CLI composes the gateway and services; it is not Electron glue.' }],
    [noElectron],
  ),
  boundary(
    ['electron/main/**/*.ts'],
    [{ regex: into('web', 'preload', 'renderer'), message: 'Electron main binds services; it does not import other hosts or the renderer.' }],
  ),
  boundary(
    ['electron/preload/**/*.ts'],
    [
      {
        regex: `^(?!electron$)(?!${up}shared/contract/channels$)`,
        allowTypeImports: true,
        message: 'The preload imports only electron and the contract\'s channel names (types are erased).',
      },
    ],
  ),
  boundary(
    ['renderer/**/*.{ts,tsx}'],
    [
      { regex: into('electron'), message: 'The renderer talks to the host only through the contract (bridge/).' },
      { regex: '^(node:.*|fs|path|child_process|@anthropic-ai/sdk(/.*)?)$', message: 'The renderer has no Node access and never calls Anthropic directly.' },
    ],
    [noElectron],
  ),
);
