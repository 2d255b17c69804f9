import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

// Origins enabled out of the box only in the demo and test builds; a user build runs on no site
// until the user grants one from the panel.
const DEV_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

// The enterprise build (team sync, docs/team-sync.md): `WXT_SYNC_ORIGIN=https://huifang.corp.example.com npm run build`
// names the company's server; its CSP allows that origin alone, and the build goes to its own folder (…-team). The
// store build (no variable) keeps connect-src 'none' and starts no sync at all. `http://127.0.0.1:*` is the test build.
const SYNC_ORIGIN = process.env.WXT_SYNC_ORIGIN ?? '';
if (SYNC_ORIGIN && !/^https?:\/\/[a-z0-9.-]+(:(\d{1,5}|\*))?$/i.test(SYNC_ORIGIN))
  throw new Error(`WXT_SYNC_ORIGIN must be an origin such as https://huifang.corp.example.com, not "${SYNC_ORIGIN}"`);

// The team-sync engine: everything that talks to the server. Only the background's `if (WXT_SYNC_ORIGIN)` reaches it.
const SYNC_ENGINE =
  /utils[\\/](background[\\/]team-sync|core[\\/]sync[\\/](sync-api|enrolment|lease-keeper|outbox))\.ts$/;

// The side panel's entry (the overlay's entry boots the same app).
const PANEL_ENTRY = /entrypoints[\\/]sidepanel[\\/]main\.tsx$/;

/**
 * Everything the side panel imports statically goes in one chunk, loaded with its entry: split by which pages share
 * each module, the same code came in seven files, each a separate load through the browser before the first frame
 * (docs/benchmarks.md, "Panel weight and time to the first answer"). Only what the panel itself reaches statically, as
 * the build found it, so the chunk holds no more than the seven files did (zod and the schemas stay behind their
 * `import()`); the options page loads this chunk for the modules it shares with the panel.
 */
function panelFirstChunk(): Plugin {
  const first = new Set<string>();
  return {
    name: 'huifang-panel-first-chunk',
    buildEnd() {
      first.clear();
      // From the page's own entry (sidepanel.html's, which also loads WXT's and Vite's small page scripts).
      const main = [...this.getModuleIds()].find((id) => PANEL_ENTRY.test(id));
      if (!main) return;
      const entries = [main, ...(this.getModuleInfo(main)?.importers ?? [])];
      const queue = [...entries];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (first.has(id)) continue;
        first.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      // The entry itself stays out: the overlay and the options page load this chunk too, and the entry's top-level
      // code boots the side panel.
      for (const id of entries) first.delete(id);
    },
    // Only in the build of the extension's pages (the background and content scripts are single files).
    outputOptions(options) {
      if (options.format !== 'es') return null;
      return { ...options, codeSplitting: { groups: [{ name: 'panel', test: (id: string) => first.has(id) }] } };
    },
  };
}

// The world's field-word tables (utils/extract/generic/words/tables.ts, ~70 KB): the content script's build gets an
// empty module instead and asks the background for the tables (docs/adapters.md, "How the world's words reach the
// content script"); every other build, the tests, the scorer and the CLI read them from the module itself.
const WORLD_TABLES = /utils[\\/]extract[\\/]generic[\\/]words[\\/]tables\.ts$/;
function worldTablesLeftOut(): Plugin {
  return {
    name: 'huifang-world-tables-left-out',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('tables') && !source.endsWith('tables.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && WORLD_TABLES.test(resolved.id) ? '\0huifang-world-tables' : null;
    },
    load(id) {
      return id === '\0huifang-world-tables' ? 'export const WORLD_WORDS = {};' : null;
    },
  };
}

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script' && e.name === 'crm'))
        config.plugins = [worldTablesLeftOut(), ...(config.plugins ?? [])];
    },
  },
  manifestVersion: 3,
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}{{modeSuffix}}${SYNC_ORIGIN ? '-team' : ''}`,
  // No auto-imports: every module says where `browser`, `storage` and `define…` come from (docs/architecture.md).
  imports: false,
  manifest: ({ browser, mode }) => {
    const devBuild = mode === 'e2e' || mode === 'demo' || mode === 'development';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'zh_CN',
      action: { default_title: '__MSG_actionTitle__' },
      permissions: [
        'storage',
        'unlimitedStorage',
        // The hourly check for a due scheduled backup (utils/background/backup-alarm.ts).
        'alarms',
        'scripting',
        'activeTab',
        ...(browser === 'firefox' ? [] : ['sidePanel']),
      ],
      optional_host_permissions: ['http://*/*', 'https://*/*'],
      host_permissions: devBuild ? DEV_ORIGINS : [],
      commands: {
        'toggle-overlay': {
          suggested_key: { default: 'Alt+Shift+H' },
          description: '__MSG_commandToggleOverlay__',
        },
      },
      content_security_policy: {
        extension_pages: `script-src 'self'; object-src 'self'; connect-src ${SYNC_ORIGIN || "'none'"}`,
      },
      // The company's policy (chrome.storage.managed) can name the server and switch sync on or off.
      ...(SYNC_ORIGIN && browser !== 'firefox' ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
      web_accessible_resources: [{ resources: ['overlay.html'], matches: ['http://*/*', 'https://*/*'] }],
      browser_specific_settings:
        browser === 'firefox'
          ? {
              gecko: {
                id: 'huifang@huifang.example.org',
                strict_min_version: '142.0',
                data_collection_permissions: { required: ['none'] },
              },
            }
          : undefined,
    };
  },
  vite: () => ({
    // The server origin as a literal in every build ('' in the store build), so `if (import.meta.env.WXT_SYNC_ORIGIN)`
    // folds away and, with the engine's modules declared free of side effects, the store build bundles no sync code
    // at all (docs/team-sync.md, "Zero network in the store build"; checked by tests/e2e/chromium/team-sync.test.mjs).
    define: { 'import.meta.env.WXT_SYNC_ORIGIN': JSON.stringify(SYNC_ORIGIN) },
    build: {
      sourcemap: process.env.HUIFANG_SOURCEMAP === '1',
      rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !SYNC_ENGINE.test(id) } },
    },
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), panelFirstChunk()],
  }),
});
