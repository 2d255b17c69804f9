/**
 * Script files carry the format they are written in (`"format": 2`); a file without it is format 1, the format of
 * the first release (docs/script-format.md, "Format versions"). Format 2 only adds constructs — text and number
 * conditions, computed dates, formats, date-and-time answers — so a format-1 file means the same in format 2 and
 * migrating it stamps the version. A file from a newer format is refused, never half read.
 */
export const currentScriptFormat = 2;

export type MigrationResult =
  { ok: true; value: unknown; from: number } | { ok: false; message: string; path: (string | number)[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings a parsed script file to the current format; anything that is not an object is left to the schema. */
export function migrateScript(input: unknown): MigrationResult {
  if (!isRecord(input)) return { ok: true, value: input, from: currentScriptFormat };
  const format = input.format;
  if (format === undefined) return { ok: true, value: { ...input, format: currentScriptFormat }, from: 1 };
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1)
    return {
      ok: false,
      path: ['format'],
      message: `"format" must be a whole number (1 or ${currentScriptFormat}), got ${JSON.stringify(format)}.`,
    };
  if (format > currentScriptFormat)
    return {
      ok: false,
      path: ['format'],
      message: `This script is written in format ${format}, newer than this Huifang reads (${currentScriptFormat}): update Huifang.`,
    };
  return { ok: true, value: { ...input, format: currentScriptFormat }, from: format };
}
