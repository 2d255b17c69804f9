import { z } from 'zod';
import { scriptSourceSchema } from './schema';

/** The JSON Schema that docs/script.schema.json holds, generated so editors complete script files. */
export function buildScriptJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scriptSourceSchema, { io: 'input', cycles: 'ref', reused: 'inline' });
  return {
    ...generated,
    $id: 'https://huifang.invalid/script.schema.json',
    title: 'Huifang callback script',
    description:
      'A callback script (话术) for Huifang: steps, questions, checklist and outcomes. See docs/script-format.md.',
  };
}

/** The committed file's exact text: two-space JSON and a final newline. */
export function formatScriptJsonSchema(): string {
  return `${JSON.stringify(buildScriptJsonSchema(), null, 2)}\n`;
}
