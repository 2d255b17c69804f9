import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/** Every unit test file, as a path relative to the project. */
function unitTestFiles(dir = 'tests/unit'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return unitTestFiles(file);
    return /\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

// Test files that need the modules a fresh import gives: a file that mocks a module or stubs a global (a module an
// earlier file imported would keep the real one), and a file whose cache must start empty. Every other file shares
// its worker's modules and document with the files before it (tests/unit/fresh-document.ts gives each a clean one):
// one import of the extractor and one happy-dom window per worker, not per file, is what keeps the unit step near
// two minutes on CI's two cores (docs/testing.md, "Test time").
const FRESH_MODULES = [
  'tests/unit/extract/sliced-locales.test.ts',
  ...unitTestFiles().filter((file) =>
    /\bvi\.(mock|doMock|resetModules|stubGlobal|stubEnv)\(/.test(fs.readFileSync(file, 'utf8')),
  ),
];

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
