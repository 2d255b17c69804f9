import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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

export default defineConfig({
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
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});
