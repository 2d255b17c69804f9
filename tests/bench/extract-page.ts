// What the extraction benches (extract.bench.ts, extract-ab.ts, extract-profile.ts, extract-same.ts) share: the
// synthetic 20,000-element record page, and the page script bundling the extractor of a folder (this checkout, or a
// baseline commit's utils/ in a temporary folder).
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/** A record page of 20,000 elements: the record, then a long activity stream. */
export function bigPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 2000; i++)
    rows.push(
      `<li class="activity"><span class="who">用户${i}</span> <span>更新了 <a href="/c?id=${i}">记录</a></span> <em>2026-11-${(i % 28) + 1}</em> <i class="icon"></i> <b>备注</b> <span>第 ${i} 条</span> <span>x</span> <span>y</span></li>`,
    );
  return `<!doctype html><html lang="zh-CN"><head><title>张三 - 客户详情</title></head><body><div class="detail"><h1>张三</h1><dl>
<dt>手机</dt><dd>13800138000</dd><dt>身份证号</dt><dd>11010519491231002X</dd><dt>产品</dt><dd>稳健理财A</dd><dt>签约日期</dt><dd>2026-11-20</dd></dl></div>
<ul class="timeline">${rows.join('')}</ul></body></html>`;
}

/** `contents` (imports relative to `dir`) bundled into one page script; `dir` may have no node_modules of its own. */
export async function bundlePageScript(dir: string, contents: string, sourcefile: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: dir, loader: 'ts', sourcefile },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    tsconfig: path.join(root, 'tsconfig.json'),
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}
