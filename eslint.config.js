import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Markup or code built from strings is how a CRM page's text could turn into code in our pages.
const forbidStringCode = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Render text (textContent / JSX), never HTML.' },
    { property: 'outerHTML', message: 'Render text (textContent / JSX), never HTML.' },
    { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
    { object: 'document', property: 'write', message: 'Never write markup into a document.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
    { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
    { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never HTML.' },
    { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'docs/', 'tests/fixtures/**', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...forbidStringCode,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Test and bench harnesses evaluate code inside the extension's pages, where chrome.* and browser.* exist.
    files: ['tests/**/*.mjs', 'tests/**/*.js', 'tests/**/*.ts', 'cli/**'],
    languageOptions: { globals: { ...globals.webextensions } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
