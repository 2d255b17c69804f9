// Validates a Huifang export file without a browser: npm run --silent check-export -- FILE [--passphrase P]
// The passphrase may also come from HUIFANG_PASSPHRASE, which keeps it out of the shell history.
import { readFile, stat } from 'node:fs/promises';
import { checkImportSize, readExport } from '../utils/core/export/read-export';

function parseArgs(argv: string[]): { file?: string; passphrase?: string; error?: string } {
  let file: string | undefined;
  let passphrase = process.env.HUIFANG_PASSPHRASE || undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--passphrase') {
      passphrase = argv[++i];
      if (passphrase === undefined) return { error: '--passphrase needs a value' };
    } else if (arg?.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  return { file, passphrase };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.error || !args.file) {
    console.error(
      `check-export: ${args.error ?? 'no file given'}\nusage: npm run --silent check-export -- FILE [--passphrase P]`,
    );
    return 1;
  }
  let size: number;
  try {
    size = (await stat(args.file)).size;
  } catch {
    console.error(`check-export: cannot read ${args.file}`);
    return 1;
  }
  const tooLarge = checkImportSize(size);
  if (tooLarge) {
    console.error(`${args.file}: ${tooLarge.message}`);
    return 1;
  }
  const text = await readFile(args.file, 'utf8');
  const result = await readExport(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    passphrase: args.passphrase,
    yieldNow: async () => {},
  });
  if (!result.ok) {
    console.error(`${args.file}: not a valid Huifang export`);
    for (const p of result.problems) console.error(`  - ${p.message}`);
    return 1;
  }
  const { envelope } = result;
  console.log(
    JSON.stringify({
      ok: true,
      file: args.file,
      version: envelope.version,
      migratedFrom: result.migratedFrom,
      encrypted: result.encrypted,
      exportedAt: envelope.exportedAt,
      agent: envelope.agent,
      records: envelope.records.length,
      customers: envelope.customers.length,
    }),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`check-export: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
