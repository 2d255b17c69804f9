import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Test files that need the module state a fresh import gives (a cache that must start empty). Every other file shares
// its worker's modules and document with the files before it (tests/unit/fresh-document.ts gives each a clean one):
// one import of the extractor and one happy-dom window per worker, not per file, is what keeps the unit step near
// two minutes on CI's two cores (docs/testing.md, "Test time").
const FRESH_MODULES = ['tests/unit/extract/sliced-locales.test.ts'];

export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/fresh-document.ts'],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: FRESH_MODULES, isolate: false },
      },
      { extends: true, test: { name: 'fresh', include: FRESH_MODULES, isolate: true } },
    ],
  },
});
