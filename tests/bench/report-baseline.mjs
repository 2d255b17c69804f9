// Baselines for report.bench.ts, run on the same files: `stream` reads every byte through a UTF-8 decoder;
// `parse` reads each file whole and JSON.parse-s it (what the old report did, file by file, without merging).
import { createReadStream, readFileSync } from 'node:fs';

const [mode, ...files] = process.argv.slice(2);
let n = 0;
for (const file of files) {
  if (mode === 'stream') {
    const decoder = new TextDecoder();
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
      n += decoder.decode(chunk, { stream: true }).length;
  } else {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    n += parsed.records.length;
  }
}
process.stdout.write(`${n}\n`);
