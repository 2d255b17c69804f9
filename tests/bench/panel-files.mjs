// What the side panel loads before the customer shows: sidepanel.html's scripts and preloaded chunks, and the
// panel's texts in Chinese (utils/ui/i18n/panel.ts loads them with import() at boot), with every chunk these import
// statically. What loads after the first answer shows (utils/panel/later.ts) is not counted.
import fs from 'node:fs';
import path from 'node:path';

export function panelFiles(outDir) {
  const html = fs.readFileSync(path.join(outDir, 'sidepanel.html'), 'utf8');
  // Every script of the page: its module, the chunks it preloads and the classic early script (entrypoints/panel-early.ts).
  const queue = [...html.matchAll(/(?:src|href)="\/?([\w/.-]+\.js)"/g)].map((m) => m[1]);
  const files = [];
  const catalog = fs.readdirSync(path.join(outDir, 'chunks')).find((f) => /^panel-zh-cn-[\w-]+\.js$/.test(f));
  if (catalog) queue.push(`chunks/${catalog}`);
  while (queue.length) {
    const f = queue.pop();
    if (files.includes(f)) continue;
    files.push(f);
    const text = fs.readFileSync(path.join(outDir, f), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(`chunks/${m[1]}`);
  }
  return files;
}
