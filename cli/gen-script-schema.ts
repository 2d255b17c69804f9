// Regenerates docs/script.schema.json from the zod schema: `npx tsx cli/gen-script-schema.ts`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatScriptJsonSchema } from '../utils/core/script/json-schema';

const target = resolve(process.argv[2] ?? 'docs/script.schema.json');
writeFileSync(target, formatScriptJsonSchema());
process.stderr.write(`wrote ${target}\n`);
