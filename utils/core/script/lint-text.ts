import type { Condition } from './condition-schema';
import { isKnownField } from './field-labels';
import { locales, type LocalizedText } from './localized';
import { findMalformedPlaceholder, isPlaceholderFormat, parseText, placeholderFormats } from './placeholders';
import { formatJsonPath, type LintCaps, type LintError } from './lint-types';
import type { Script } from './schema';

type Path = (string | number)[];

/** `{{extra.loanAmount}}`: how the page keeps custom values, but scripts name the field alone (docs/script-format.md). */
const dottedPlaceholder = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\s*(?:\|[^}]*)?\}\}/;
type Located = { path: Path; text: LocalizedText; placeholders: boolean };

/** Every text in the script with its path; step texts and notes may hold placeholders. */
function listTexts(script: Script): Located[] {
  const texts: Located[] = [{ path: ['title'], text: script.title, placeholders: false }];
  if (script.description) texts.push({ path: ['description'], text: script.description, placeholders: false });
  script.customFields?.forEach((field, i) =>
    texts.push({ path: ['customFields', i, 'label'], text: field.label, placeholders: false }),
  );
  script.steps.forEach((step, i) => {
    texts.push({ path: ['steps', i, 'text'], text: step.text, placeholders: true });
    if (step.note) texts.push({ path: ['steps', i, 'note'], text: step.note, placeholders: true });
    if (step.type === 'question') {
      step.options?.forEach((option, j) => {
        if (option.label)
          texts.push({ path: ['steps', i, 'options', j, 'label'], text: option.label, placeholders: true });
      });
    }
  });
  script.checklist?.forEach((item, i) =>
    texts.push({ path: ['checklist', i, 'text'], text: item.text, placeholders: false }),
  );
  script.outcomes.forEach((outcome, i) =>
    texts.push({ path: ['outcomes', i, 'label'], text: outcome.label, placeholders: false }),
  );
  return texts;
}

export function lintTexts(script: Script): LintError[] {
  const errors: LintError[] = [];
  const report = (path: Path, code: LintError['code'], message: string): void => {
    errors.push({ path: formatJsonPath(path), code, message });
  };
  const custom = new Set(script.customFields?.map((field) => field.key));
  for (const { path, text, placeholders } of listTexts(script)) {
    for (const locale of locales) {
      if (text[locale].trim() === '') report([...path, locale], 'missing-translation', `The ${locale} text is empty.`);
    }
    if (!placeholders) continue;
    const fieldsByLocale = locales.map((locale) => {
      const fields = new Set<string>();
      const dotted = dottedPlaceholder.exec(text[locale]);
      const malformed = findMalformedPlaceholder(text[locale]);
      if (dotted) {
        const [raw, prefix, name] = dotted;
        const declared = custom.has(name ?? '') ? 'is declared in customFields' : 'must be declared in customFields';
        report(
          [...path, locale],
          'custom-field-prefix',
          `${raw} names a field with a dot; write {{${name}}} (a custom field, which ${declared}; its page value comes from the site's field rules or teach mode), not "${prefix}.${name}".`,
        );
      } else if (malformed !== null)
        report(
          [...path, locale],
          'malformed-placeholder',
          `A placeholder is not closed or not well formed near "${malformed}"; write {{field}} or {{field|format}}.`,
        );
      for (const token of parseText(text[locale])) {
        if (token.kind !== 'placeholder') continue;
        fields.add(token.field);
        if (!isKnownField(token.field) && !custom.has(token.field)) {
          report(
            [...path, locale],
            'unknown-placeholder',
            `The placeholder ${token.raw} names an unknown field "${token.field}"; use a standard or built-in field, or declare it in customFields.`,
          );
        }
        if (token.format !== null && !isPlaceholderFormat(token.format)) {
          report(
            [...path, locale],
            'unknown-format',
            `The placeholder ${token.raw} uses an unknown format "${token.format}"; use one of: ${placeholderFormats.join(', ')}.`,
          );
        }
      }
      return fields;
    });
    const [zh = new Set<string>(), en = new Set<string>()] = fieldsByLocale;
    if (text['zh-CN'].trim() !== '' && text.en.trim() !== '') {
      const onlyOne = [...zh].filter((f) => !en.has(f)).concat([...en].filter((f) => !zh.has(f)));
      if (onlyOne.length > 0)
        report(
          path,
          'placeholder-mismatch',
          `The zh-CN and en texts do not use the same fields (${onlyOne.join(', ')}).`,
        );
    }
  }
  return errors;
}

export function lintCondition(script: Script, caps: LintCaps): LintError[] {
  const errors: LintError[] = [];
  if (!script.appliesWhen) return errors;
  const custom = new Set(script.customFields?.map((field) => field.key));
  let deepest = 0;
  const visit = (condition: Condition, path: Path, depth: number): void => {
    deepest = Math.max(deepest, depth);
    if (condition.op === 'all' || condition.op === 'any') {
      condition.of.forEach((child, i) => visit(child, [...path, 'of', i], depth + 1));
    } else if (condition.op === 'not') {
      visit(condition.of, [...path, 'of'], depth + 1);
    } else if (condition.op !== 'kind' && !isKnownField(condition.field) && !custom.has(condition.field)) {
      errors.push({
        path: formatJsonPath([...path, 'field']),
        code: 'unknown-field',
        message: `The condition reads an unknown field "${condition.field}"; use a standard or built-in field, or declare it in customFields.`,
      });
    }
  };
  visit(script.appliesWhen, ['appliesWhen'], 1);
  if (deepest > caps.maxConditionDepth) {
    errors.push({
      path: '$.appliesWhen',
      code: 'too-deep',
      message: `The applicability condition nests ${deepest} levels; at most ${caps.maxConditionDepth} are allowed.`,
    });
  }
  return errors;
}
