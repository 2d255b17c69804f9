// Regenerates utils/core/compiled/first-frame.ts, the parsers the panel's first frame runs without zod, from the zod
// schemas: `npx tsx cli/gen-parsers.ts`.
// tests/unit/core/compiled/first-frame.test.ts fails while the file is not current.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firstFrameSource } from './first-frame-roots';

const target = resolve('utils/core/compiled/first-frame.ts');
writeFileSync(target, await firstFrameSource());
process.stderr.write(`wrote ${target}\n`);
