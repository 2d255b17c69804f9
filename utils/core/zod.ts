// The one zod import of the schemas the panel loads: zod/mini (functions, not methods, so a bundle holds only what it
// uses — docs/architecture.md, "What the panel loads first"). Full zod ("classic") would add ≈27 KB gzip to the panel
// and tens of ms to its start; see docs/benchmarks.md. zod/mini names errors only when a locale is set: English, as
// full zod does, so every message reads the same whichever flavour built the schema.
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
