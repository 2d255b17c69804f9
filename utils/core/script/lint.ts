import { lintChecklist } from './lint-checklist';
import { lintCondition, lintTexts } from './lint-text';
import { lintSemantics } from './lint-semantics';
import { lintStructure } from './lint-structure';
import { lintFlagSeverity, lintRepeats } from './lint-v2';
import { parseScript, parseScriptJson } from './lint-parse';
import { defaultLintCaps, type LintCaps, type LintError } from './lint-types';
import type { Script } from './schema';

export { lintCodes, defaultLintCaps, formatJsonPath, type LintCaps, type LintCode, type LintError } from './lint-types';
export { parseScript, parseScriptJson, type ParseResult } from './lint-parse';

export type LintResult = { script: Script | null; errors: LintError[] };

/** Lints a parsed script: graph, references, translations, placeholders, caps. */
export function lintParsedScript(script: Script, caps: Partial<LintCaps> = {}): LintError[] {
  const limits = { ...defaultLintCaps, ...caps };
  return [
    ...lintStructure(script, limits),
    ...lintTexts(script),
    ...lintCondition(script, limits),
    ...lintChecklist(script),
    ...lintSemantics(script),
    ...lintFlagSeverity(script),
    ...lintRepeats(script),
  ];
}

/** Lints anything (an object read from JSON): schema failures first; the script is returned only when it is valid. */
export function lintScript(input: unknown, caps: Partial<LintCaps> = {}): LintResult {
  const parsed = parseScript(input);
  if (!parsed.ok) return { script: null, errors: parsed.errors };
  const errors = lintParsedScript(parsed.script, caps);
  return { script: errors.length === 0 ? parsed.script : null, errors };
}

/** Lints the text of a script file, including JSON syntax errors. */
export function lintScriptJson(text: string, caps: Partial<LintCaps> = {}): LintResult {
  const parsed = parseScriptJson(text);
  if (!parsed.ok) return { script: null, errors: parsed.errors };
  return lintScript(parsed.value, caps);
}
