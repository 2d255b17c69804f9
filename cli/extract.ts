// Prints the customer a saved CRM page shows, as an adapter author sees it:
//   npm run --silent extract -- page.html [--url URL] [--generic] [--site-adapter adapter.json] [--date-order ymd|dmy|mdy]
// The page's scripts never run: <script> and <link> are dropped and happy-dom parses with JavaScript off.
import { readFile } from 'node:fs/promises';
import { decodeHtml } from './read-text';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteAdapter } from '../utils/core/schemas/site-adapter';
import type { DateOrder } from '../utils/core/normalize/date';
// happy-dom, zod and the extractor load only once the arguments are good: a usage error answers at once.

interface Args {
  file?: string;
  url?: string;
  generic: boolean;
  siteAdapter?: string;
  dateOrder?: DateOrder;
  error?: string;
}

const USAGE =
  'usage: npm run --silent extract -- PAGE.html [--url URL] [--generic] [--site-adapter FILE.json] [--date-order ymd|dmy|mdy]';
const MAX_BYTES = 20 * 1024 * 1024;

function parseArgs(argv: string[]): Args {
  const args: Args = { generic: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) args.error = `${arg} needs a value`;
      return v;
    };
    if (arg === '--url') args.url = value();
    else if (arg === '--generic') args.generic = true;
    else if (arg === '--site-adapter') args.siteAdapter = value();
    else if (arg === '--date-order') {
      const v = value();
      if (v !== undefined && v !== 'ymd' && v !== 'dmy' && v !== 'mdy')
        args.error = `--date-order must be ymd, dmy or mdy, not ${v}`;
      else args.dateOrder = v;
    } else if (arg?.startsWith('--')) args.error = `unknown option ${arg}`;
    else if (args.file === undefined) args.file = arg;
    else args.error = `unexpected argument ${arg}`;
    if (args.error) break;
  }
  return args;
}

async function parseSavedPage(html: string, url: string): Promise<Document> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const inert = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<link\b[^>]*>/gi, '');
  return new window.DOMParser().parseFromString(inert, 'text/html') as unknown as Document;
}

async function readSiteAdapter(file: string): Promise<SiteAdapter | string> {
  const { siteAdapterSchema } = await import('../utils/core/schemas/site-adapter');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    return `cannot read site adapter ${file}: ${(err as Error).message}`;
  }
  const parsed = siteAdapterSchema.safeParse(json);
  return parsed.success
    ? parsed.data
    : `invalid site adapter ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.error || !args.file) {
    console.error(`extract: ${args.error ?? 'no page given'}\n${USAGE}`);
    return 1;
  }
  let html: string;
  try {
    const buf = await readFile(args.file);
    if (buf.length > MAX_BYTES) {
      console.error(`extract: ${args.file} is larger than 20 MB`);
      return 1;
    }
    // A page saved in GBK says so in its <meta charset>; read it by that, as the browser did (cli/read-text.ts).
    html = decodeHtml(buf).text;
  } catch {
    console.error(`extract: cannot read ${args.file}`);
    return 1;
  }
  if (!/<[a-z!]/i.test(html)) {
    console.error(`extract: ${args.file} does not look like an HTML page`);
    return 1;
  }
  const url = args.url ?? pathToFileURL(resolve(args.file)).href;
  try {
    new URL(url);
  } catch {
    console.error(`extract: --url ${url} is not a valid URL`);
    return 1;
  }
  let siteAdapter: SiteAdapter | undefined;
  if (args.siteAdapter) {
    const read = await readSiteAdapter(args.siteAdapter);
    if (typeof read === 'string') {
      console.error(`extract: ${read}`);
      return 1;
    }
    siteAdapter = read;
  }
  const doc = await parseSavedPage(html.charCodeAt(0) === 0xfeff ? html.slice(1) : html, url);
  const { extractCustomer } = await import('../utils/extract');
  const context = extractCustomer(doc, url, new Date(), siteAdapter, {
    adapters: args.generic ? [] : undefined,
    dateOrder: args.dateOrder,
  });
  // `fields`: the plain normalised values (standard fields, then extras); `values`: each with raw text and source.
  const fields: Record<string, string> = {};
  for (const [key, v] of Object.entries(context.fields)) if (v) fields[key] = v.value;
  for (const [key, v] of Object.entries(context.extra)) fields[key] ??= v.value;
  const { fields: values, ...rest } = context;
  process.stdout.write(`${JSON.stringify({ ...rest, fields, values }, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`extract: ${(err as Error).message}`);
    process.exit(1);
  },
);
