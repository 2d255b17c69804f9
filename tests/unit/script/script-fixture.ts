import { readFileSync } from 'node:fs';
import { scriptSchema, type Script } from '@/utils/core/script/schema';

/** A fresh copy of the documented example script, to mutate in a test. */
export function loadExample(): Script {
  return scriptSchema.parse(JSON.parse(readFileSync('tests/fixtures/scripts/example.json', 'utf8')));
}

export const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
