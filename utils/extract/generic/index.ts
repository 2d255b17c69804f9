import type { Found, ReadEnv } from '../types';

export function extractGeneric(_root: Document, _env: ReadEnv): Found[] {
  return [];
}
