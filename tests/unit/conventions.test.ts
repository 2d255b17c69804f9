// The project's own conventions, checked on the source tree (docs/architecture.md, "Conventions").
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Specifiers a module imports at run time (type-only imports and re-exports are left out). */
export function runtimeImports(source: string): string[] {
  const specs: string[] = [];
  const pattern =
    /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(pattern)) {
    if (m[5]) specs.push(m[5]);
    else if (!m[2] && m[4] && !/^\{\s*(type\s+[\w$]+\s*(as\s+[\w$]+)?\s*,?\s*)+\}$/.test(m[3] ?? '')) specs.push(m[4]);
  }
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) if (m[1]) specs.push(m[1]);
  return specs;
}

function resolveLocal(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every module reachable at run time from `entry`, with the external packages they import (`eager`: only what loads
 * with it, leaving out what an `import()` loads later). */
function importGraph(entry: string, eager = false): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (!file || files.has(file)) continue;
    files.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const later = eager ? new Set([...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1])) : null;
    for (const spec of runtimeImports(source)) {
      if (later?.has(spec)) continue;
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.set(spec, path.relative(ROOT, file));
    }
  }
  return { files, packages };
}

const rel = (f: string) => path.relative(ROOT, f);

/** Every specifier a module names, type-only imports included (a module used only for its types is still used). */
function allImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(
    /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s*from\s*)?['"]([^'"]+)['"]/g,
  ))
    if (m[1]) specs.push(m[1]);
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) if (m[1]) specs.push(m[1]);
  return specs;
}

/** Scripts run by hand with tsx that are not under cli/ (each says so in its first lines). */
const standaloneScripts = ['utils/core/calendar/data/build-cn-holidays.ts'];

/** Modules an entrypoint or a CLI reaches (through any import). */
function reachableModules(): Set<string> {
  const roots = [
    ...listFiles(path.join(ROOT, 'entrypoints')),
    ...listFiles(path.join(ROOT, 'cli')),
    ...standaloneScripts.map((f) => path.join(ROOT, f)),
  ];
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    for (const spec of allImports(fs.readFileSync(file, 'utf8'))) {
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
    }
  }
  return seen;
}

describe('conventions', () => {
  it('utils/core is pure: it imports only zod, chinese-days data and other core modules', () => {
    const offenders: string[] = [];
    for (const file of listFiles(path.join(ROOT, 'utils/core'))) {
      for (const spec of runtimeImports(fs.readFileSync(file, 'utf8'))) {
        const local = resolveLocal(file, spec);
        const ok = local
          ? rel(local).startsWith('utils/core/')
          : /^(zod|zod\/mini|zod\/v4.*|chinese-days(\/.*)?)$/.test(spec);
        if (!ok) offenders.push(`${rel(file)} imports ${spec}`);
      }
      const text = fs.readFileSync(file, 'utf8');
      if (/\b(browser|chrome)\.(runtime|storage|tabs|scripting)\b|\bdocument\.|\bwindow\./.test(text))
        offenders.push(`${rel(file)} touches the DOM or browser.*`);
    }
    expect(offenders).toEqual([]);
  });

  it('content scripts never reach the database layer, zod or Preact at run time', () => {
    const entries = fs.readdirSync(path.join(ROOT, 'entrypoints')).filter((d) => d.endsWith('.content'));
    expect(entries.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const dir of entries) {
      const entry = resolveLocal(path.join(ROOT, 'entrypoints', dir, 'x.ts'), './index');
      if (!entry) throw new Error(`no index in entrypoints/${dir}`);
      const { files, packages } = importGraph(entry);
      for (const f of files) if (rel(f).startsWith('utils/db/')) offenders.push(`${dir} reaches ${rel(f)}`);
      for (const [pkg, by] of packages)
        if (/^(dexie|zod|preact)/.test(pkg)) offenders.push(`${dir} imports ${pkg} (via ${by})`);
    }
    expect(offenders).toEqual([]);
  });

  // The panel loads zod/mini only (docs/architecture.md, "What the panel loads first"): one classic `zod` import
  // anywhere in its graph, even in a module loaded later, bundles both flavours (≈27 KB gzip and tens of ms at start).
  // The options page is built with the panel (one build of the extension's pages, shared chunks): a zod module keeps
  // every export any page uses, so the options page's classic zod put ≈6 KB gzip of its string formats and methods in
  // the panel's zod chunk. It takes zod/mini too.
  it('nothing the panel, the overlay or the options page reaches imports full zod', () => {
    const offenders = new Set<string>();
    for (const page of ['sidepanel', 'overlay', 'options']) {
      const entry = resolveLocal(path.join(ROOT, 'entrypoints', page, 'x.ts'), './main');
      if (!entry) throw new Error(`no main in entrypoints/${page}`);
      const { files } = importGraph(entry);
      expect(files.size).toBeGreaterThan(50);
      for (const f of files)
        for (const spec of runtimeImports(fs.readFileSync(f, 'utf8')))
          if (/^zod(\/v4(\/classic)?)?$/.test(spec)) offenders.add(`${rel(f)} imports '${spec}'`);
    }
    expect([...offenders].sort()).toEqual([]);
  });

  // The panel loads its own texts in one language (utils/ui/i18n/panel.ts): the Chinese panel catalog comes with its
  // first chunks (an import() of it cost the first answer two file loads: docs/benchmarks.md), English loads only
  // when it is the agent's language, and the catalogs of every page (utils/ui/i18n/index.ts) never load with it.
  it('the panel and the overlay load only the Chinese panel texts up front and never the catalogs of every page', () => {
    const offenders: string[] = [];
    for (const page of ['sidepanel', 'overlay']) {
      const entry = resolveLocal(path.join(ROOT, 'entrypoints', page, 'x.ts'), './main');
      if (!entry) throw new Error(`no main in entrypoints/${page}`);
      for (const f of importGraph(entry).files)
        if (rel(f) === 'utils/ui/i18n/index.ts') offenders.push(`${page} reaches utils/ui/i18n/index.ts`);
      const eager = [...importGraph(entry, true).files].map(rel);
      expect(eager).toContain('utils/ui/i18n/panel.ts');
      for (const f of eager)
        if (
          f.startsWith('utils/ui/i18n/') &&
          !/\/(panel|format|panel-zh-cn|zh-cn|zh-cn-identity|zh-cn-panel-(worklist|supervisor|sync))\.ts$/.test(f)
        )
          offenders.push(`${page} loads ${f} up front`);
    }
    expect(offenders).toEqual([]);
  });

  // What the first frame of a call does not show loads after it (utils/panel/later.ts, docs/architecture.md "What the
  // panel loads first"): a static import of any of these from the panel's first modules would load it up front again.
  it('the panel loads its other tabs, setup, dialogs and data calls after the first answer, not up front', () => {
    const entry = resolveLocal(path.join(ROOT, 'entrypoints', 'sidepanel', 'x.ts'), './main');
    if (!entry) throw new Error('no main in entrypoints/sidepanel');
    const eager = [...importGraph(entry, true).files].map(rel);
    const all = [...importGraph(entry).files].map(rel);
    const later = [
      'utils/panel/later-views.tsx',
      'utils/service/panel-calls.ts',
      'utils/service/stream-port.ts',
      'utils/ui/work-queue-state.ts',
      'utils/ui/my-day-state.ts',
      'utils/panel/work-queue-tab.tsx',
      'utils/panel/my-day-tab.tsx',
      'components/key-help.tsx',
      'components/escalation-banner.tsx',
      'components/record-correction.tsx',
      'components/outcome-confirm.tsx',
      'utils/panel/expected-customer.tsx',
      'utils/service/reply-check.ts',
      'utils/db/storage-guard.ts',
      // the customer key's hash (keyOfContext): only the queue asks for it before the background has
      'utils/core/schemas/customer.ts',
      'utils/core/export/sha256.ts',
      'utils/core/zod.ts',
    ];
    for (const f of later) expect(all).toContain(f);
    expect(later.filter((f) => eager.includes(f))).toEqual([]);
  });

  // The panel's first frame parses what it receives (the call's snapshot, the settings, a saved engine state) with
  // parsers compiled from the zod schemas (utils/core/compiled/first-frame.ts, checked against zod by
  // tests/unit/core/compiled/first-frame.test.ts), so zod (≈12 KB gzip) and the schema modules load after the first
  // answer (docs/architecture.md, "What the panel loads first"). A first-frame module that imports a schema, or zod
  // itself, brings them back.
  it('nothing the panel loads before its first frame imports zod', () => {
    const entry = resolveLocal(path.join(ROOT, 'entrypoints', 'sidepanel', 'x.ts'), './main');
    if (!entry) throw new Error('no main in entrypoints/sidepanel');
    const { files, packages } = importGraph(entry, true);
    expect(files.size).toBeGreaterThan(50);
    const offenders = [...packages].filter(([pkg]) => /^zod/.test(pkg)).map(([pkg, by]) => `${by} imports ${pkg}`);
    for (const f of files) if (rel(f) === 'utils/core/zod.ts') offenders.push('utils/core/zod.ts loads up front');
    expect(offenders).toEqual([]);
    expect([...files].map(rel)).toContain('utils/core/compiled/first-frame.ts');
  });

  // The panel's client knows only the panel's calls (utils/service/panel-calls.ts): the table of every call, with the
  // options page's and the supervisor's schemas and implementations, stays out of the panel and the overlay.
  it('the panel and the overlay never reach the table of every data call', () => {
    const offenders: string[] = [];
    for (const page of ['sidepanel', 'overlay']) {
      const entry = resolveLocal(path.join(ROOT, 'entrypoints', page, 'x.ts'), './main');
      if (!entry) throw new Error(`no main in entrypoints/${page}`);
      const files = [...importGraph(entry).files].map(rel);
      expect(files).toContain('utils/service/panel-calls.ts');
      for (const f of ['utils/service/calls.ts', 'utils/messages.ts'])
        if (files.includes(f)) offenders.push(`${page} reaches ${f}`);
    }
    expect(offenders).toEqual([]);
  });

  it('components never import the database layer or the browser API', () => {
    const offenders = listFiles(path.join(ROOT, 'components')).filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return (
        runtimeImports(text).some((s) => /utils\/db|^dexie$|^wxt\/browser$/.test(s)) || /\bbrowser\.\w+\./.test(text)
      );
    });
    expect(offenders.map(rel)).toEqual([]);
  });

  it('the import scanner sees value imports and ignores type-only ones', () => {
    expect(
      runtimeImports(
        "import type { A } from 'dexie';\nimport { type B } from 'zod';\nimport x from './y';\nexport { z } from '../z';",
      ),
    ).toEqual(['./y', '../z']);
  });

  it('source files are named in kebab-case', () => {
    const bad = ['utils', 'components', 'entrypoints', 'cli']
      .flatMap((d) => listFiles(path.join(ROOT, d)))
      .map(rel)
      .filter((f) => !/^[a-z0-9./-]+$/.test(f.replace(/\.content\//, '/').replace(/\.tsx?$/, '')));
    expect(bad).toEqual([]);
  });

  // Wire it or delete it (docs/architecture.md): a module nobody reaches is a plan, not the product. One that a later
  // issue of this project will wire stays only with a comment naming that issue: `// Wired by #13 (…)`.
  it('every module is reached from an entrypoint or a CLI, or names the issue that will wire it', () => {
    const reached = reachableModules();
    const unreached = ['utils', 'components']
      .flatMap((d) => listFiles(path.join(ROOT, d)))
      .filter((f) => !reached.has(f) && !/\/\/ Wired by #\d+\b/.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(unreached).toEqual([]);
  });

  it('no entrypoint imports another entrypoint’s folder, and nothing outside entrypoints/ imports one', () => {
    const offenders: string[] = [];
    for (const file of ['entrypoints', 'utils', 'components', 'cli'].flatMap((d) => listFiles(path.join(ROOT, d)))) {
      const own = rel(file).match(/^entrypoints\/([^/]+)\//)?.[1];
      for (const spec of allImports(fs.readFileSync(file, 'utf8'))) {
        const target = resolveLocal(file, spec);
        const folder = target ? rel(target).match(/^entrypoints\/([^/]+)\//)?.[1] : undefined;
        if (folder && folder !== own) offenders.push(`${rel(file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  // With auto-imports off the compiler itself refuses a module that uses `browser` or `storage` unimported.
  it('WXT auto-imports are off', () => {
    expect(fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/imports:\s*false/);
  });

  // WXT still runs its import plugin (unimport) with `imports: false`: a name it knows that it takes for a global —
  // a parameter called `storage` was one — gets an import injected at build time, and wxt/utils/storage was bundled
  // into the panel that way. The same plugin, with WXT's presets, must find nothing to add anywhere.
  it('WXT’s import plugin injects nothing into any module', async () => {
    const { createUnimport } = await import('unimport');
    const names: Record<string, string[]> = {
      'wxt/browser': ['browser'],
      'wxt/testing': ['fakeBrowser'],
      'wxt/utils/storage': ['storage'],
      'wxt/utils/app-config': ['getAppConfig', 'useAppConfig'],
      'wxt/utils/content-script-context': ['ContentScriptContext'],
      'wxt/utils/content-script-ui/iframe': ['createIframeUi'],
      'wxt/utils/content-script-ui/integrated': ['createIntegratedUi'],
      'wxt/utils/content-script-ui/shadow-root': ['createShadowRootUi'],
      'wxt/utils/define-app-config': ['defineAppConfig'],
      'wxt/utils/define-background': ['defineBackground'],
      'wxt/utils/define-content-script': ['defineContentScript'],
      'wxt/utils/define-unlisted-script': ['defineUnlistedScript'],
      'wxt/utils/define-wxt-plugin': ['defineWxtPlugin'],
      'wxt/utils/inject-script': ['injectScript'],
      'wxt/utils/match-patterns': ['InvalidMatchPattern', 'MatchPattern'],
    };
    const unimport = createUnimport({ presets: Object.entries(names).map(([from, imports]) => ({ from, imports })) });
    const injected: string[] = [];
    for (const file of ['utils', 'components', 'entrypoints'].flatMap((d) => listFiles(path.join(ROOT, d)))) {
      const { imports } = await unimport.injectImports(fs.readFileSync(file, 'utf8'), file);
      for (const i of imports) injected.push(`${rel(file)}: ${i.name} from ${i.from}`);
    }
    expect(injected).toEqual([]);
  });

  it('one JSON error locator and one customer-key function', () => {
    const defines = (pattern: RegExp) =>
      ['utils', 'cli']
        .flatMap((d) => listFiles(path.join(ROOT, d)))
        .filter((f) => pattern.test(fs.readFileSync(f, 'utf8')))
        .map(rel);
    expect(defines(/export function (locateJsonError|jsonErrorPosition|findJsonErrorPosition)\b/)).toHaveLength(1);
    expect(defines(/export function (makeCustomerKey|keyOfContext)\b/)).toEqual(['utils/core/schemas/customer.ts']);
  });

  it('code comments cite files of this repository, never ../shared', () => {
    const offenders = ['utils', 'components', 'entrypoints', 'cli', 'tests']
      .flatMap((d) => listFiles(path.join(ROOT, d)))
      .filter((f) => /\.\.\/shared\/docs/.test(fs.readFileSync(f, 'utf8')) && !f.endsWith('conventions.test.ts'))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});
