// A held-out page corpus: NAME.html + NAME.json (ground truth, the shape of tests/fixtures/crm-pages/README.md),
// plus the documents the page's frames load (named in the sidecar's `frames`, never scored on their own).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const holdoutTruthSchema = z.object({
  crm: z.string().min(1),
  entity: z.string().optional(),
  lang: z.string().min(1),
  source: z.string().optional(),
  url_hint: z.string().min(1),
  /** Expected field values; {} on a page that shows no customer (list, dashboard, user profile…). */
  fields: z.record(z.string(), z.string()),
  /** Documents the page's frames load: URL (absolute, or a path on the page's origin) → file in the same folder. */
  frames: z.record(z.string(), z.string()).optional(),
  /** What the page must give when it shows no customer (free text, for people). */
  expected: z.array(z.string()).optional(),
  traps: z.array(z.string()).optional(),
  /** Time the page's own scripts get after `load` before extraction (default 300 ms). */
  settle_ms: z.number().int().min(0).max(5000).optional(),
  /** The page's own scripts change what it shows over time, so its score may differ between runs. */
  volatile: z.boolean().optional(),
});
export type HoldoutTruth = z.infer<typeof holdoutTruthSchema>;

export interface HoldoutPage {
  name: string;
  dir: string;
  html: string;
  truth: HoldoutTruth;
  /** Where the page is served from during scoring (its real-CRM URL on a made-up host). */
  url: string;
  /** Absolute URL → document text, for the page's frames. */
  frames: Map<string, string>;
  negative: boolean;
}

export function pageUrl(truth: HoldoutTruth): string {
  const hint = truth.url_hint.trim().split(/\s+/)[0] ?? '/';
  return hint.startsWith('http') ? hint : `https://crm.example${hint.startsWith('/') ? '' : '/'}${hint}`;
}

/** Every scored page of the folders, sorted by name; a page whose sidecar is bad is an error naming the file. */
export function loadHoldout(dirs: string[]): HoldoutPage[] {
  const pages: HoldoutPage[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
    const files = readdirSync(dir).sort();
    for (const file of files.filter((f) => f.endsWith('.json'))) {
      const name = file.replace(/\.json$/, '');
      const htmlFile = join(dir, `${name}.html`);
      if (!existsSync(htmlFile)) continue; // not a page sidecar (e.g. package data)
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      } catch (e) {
        throw new Error(`${join(dir, file)}: not JSON (${(e as Error).message})`, { cause: e });
      }
      const parsed = holdoutTruthSchema.safeParse(raw);
      if (!parsed.success)
        throw new Error(`${join(dir, file)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)}`);
      const truth = parsed.data;
      const url = pageUrl(truth);
      const frames = new Map<string, string>();
      for (const [frameUrl, frameFile] of Object.entries(truth.frames ?? {})) {
        const path = join(dir, frameFile);
        if (!existsSync(path)) throw new Error(`${join(dir, file)}: frame document ${frameFile} is missing`);
        frames.set(new URL(frameUrl, url).href, readFileSync(path, 'utf8'));
      }
      pages.push({
        name,
        dir,
        html: readFileSync(htmlFile, 'utf8'),
        truth,
        url,
        frames,
        negative: Object.keys(truth.fields).length === 0,
      });
    }
  }
  return pages;
}
