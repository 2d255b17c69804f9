import { readFileSync } from 'node:fs';
import { callbackKinds } from '@/utils/core/callback-kinds';
import { kindRules } from '@/utils/core/rules/kind-rules';

const doc = readFileSync('docs/rules.md', 'utf8');

describe('docs/rules.md', () => {
  it.each(callbackKinds)('documents %s with the clause the code cites', (kind) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${kind}\``));
    const { text, article } = kindRules[kind].clause;
    expect(row).toBeDefined();
    expect(row).toContain(`${text} ${article}`.trim());
  });
});
