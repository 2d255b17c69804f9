// The call log in real IndexedDB (Chromium): saving one record, import and export of 100k records, the queue's
// queries — each beside raw IndexedDB doing the same work in the same run — and a 100k round-trip identity check.
// Run alone: npx tsx tests/bench/db.bench.ts   (BENCH_RECORDS=20000 for a quicker run)
import http from 'node:http';
import { BROWSER_ARGS, CHROMIUM } from '../e2e/browsers.mjs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
const N = Number(process.env.BENCH_RECORDS ?? 100_000);
// One run of the 100k import by default (it takes tens of seconds on a shared 2-core machine); BENCH_RUNS=3 for medians.
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
// Exports and queue reads are short enough for medians of several runs.
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 5);
const QUEUE_RUNS = Number(process.env.BENCH_QUEUE_RUNS ?? 9);
// BENCH_ONLY=export,queue runs only those steps (import, export, block, save, queue, trip); the table then lists only them.
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const want = (step: string) => only.size === 0 || only.has(step);
const SAVES = 200;
const log = (msg: string) => process.stderr.write(`${msg}\n`);

// The page's code: bundled from the real modules, so the bench measures what the panel runs.
const pageSource = `
import { HuifangDb } from './utils/db/app-db';
import { finishCall } from './utils/db/callbacks';
import { exportRecords } from './utils/db/export-records';
import { importText, importEnvelope } from './utils/db/import-records';
import { listQueue, countQueue, countAttemptsByCustomer, countAttemptsInWindow } from './utils/db/queue';
import { customerHistory } from './utils/db/history';
import { readWorkQueue } from './utils/db/work-queue-source';
import { createWorkingCalendar } from './utils/core/calendar/working-calendar';
import { readExport } from './utils/core/export/read-export';
import { deriveCustomers } from './utils/core/export/migrate';
import { makeEnvelope, serializeExport } from './utils/core/export/write-export';
import { noExportFilters } from './utils/core/export/envelope';
import { canonicalJson } from './utils/core/export/canonical';
import { callbackKinds } from './utils/core/callback-kinds';

const outcomes = ['reached', 'no-answer', 'busy', 'call-back-later', 'refused'];
const CUSTOMERS = 20000;
function makeRecord(i) {
  const started = new Date(Date.UTC(2024, 0, 1) + i * 13 * 60 * 1000);
  const outcome = outcomes[i % 5];
  const c = i % CUSTOMERS;
  return {
    id: 'rec-' + String(i).padStart(7, '0'), customerKey: 'crm:https://crm.example.com#C' + c, kind: callbackKinds[i % 6],
    scriptId: 'builtin-new-contract', scriptVersion: 1, channel: 'phone', startedAt: started.toISOString(),
    endedAt: new Date(started.getTime() + 180000).toISOString(), ringSeconds: 20 + (i % 10), outcome,
    callBackAt: outcome === 'call-back-later' ? new Date(started.getTime() + 86400000).toISOString() : null,
    answers: { identity: true, understood: i % 2 === 0, product: '理财产品' + (i % 30), score: i % 7 },
    path: ['start', 'identity', 'product', 'risk', 'satisfaction', 'end'], ticks: { riskDisclosed: started.toISOString() },
    flags: i % 41 === 0 ? ['escalation'] : [], satisfaction: outcome === 'reached' ? 'satisfied' : null,
    notes: i % 3 === 0 ? '客户表示产品说明清楚，没有承诺收益。' : '', agent: 'agent-' + (i % 8),
    sourceUrl: 'https://crm.example.com/customer/C' + c,
    context: { name: '客户' + c, phone: '1380013' + String(c % 10000).padStart(4, '0'), customerId: 'C' + c },
    dueAt: null, revision: 0, supersedes: null, recordedAt: new Date(started.getTime() + 200000).toISOString(),
  };
}

const noWait = async () => {};
// Collect garbage before each timed step (Chromium started with --expose-gc) so no step pays for the previous one's.
const t = async (fn) => { globalThis.gc?.(); const t0 = performance.now(); const value = await fn(); return { ms: performance.now() - t0, value }; };
const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = tx.onabort = () => reject(tx.error); });

async function freshDb(name) {
  await HuifangDb.delete(name);
  const db = new HuifangDb(name);
  await db.open();
  return db;
}

const state = {};

window.bench = {
  async prepare(n) {
    state.records = Array.from({ length: n }, (_, i) => makeRecord(i));
    state.customers = deriveCustomers(state.records);
    const envelope = makeEnvelope({ records: state.records, customers: state.customers, agent: 'bench', filters: noExportFilters, now: new Date() });
    state.text = await serializeExport(envelope);
    return { records: n, customers: state.customers.length, mb: state.text.length / 1048576 };
  },

  // Whole import of the file text: parse + validate + one transaction, vs raw: parse + one transaction put.
  async importRun() {
    const db = await freshDb('bench-import');
    const ours = await t(() => importText(db, state.text, { agent: 'bench', now: new Date(), yieldNow: noWait }));
    if (!ours.value.ok) throw new Error('import failed');
    db.close();
    const rawDb = await freshDb('bench-raw');
    const idb = rawDb.backendDB();
    const raw = await t(async () => {
      const data = JSON.parse(state.text);
      const tx = idb.transaction(['callbacks', 'customers'], 'readwrite', { durability: 'strict' });
      const cs = tx.objectStore('callbacks'); const us = tx.objectStore('customers');
      for (const r of data.records) cs.put(r);
      for (const c of data.customers) us.put(c);
      await done(tx);
    });
    rawDb.close();
    // The write phase alone: an envelope already validated, vs raw put of the same rows.
    const db2 = await freshDb('bench-import-write');
    const envelope = { format: 'huifang-export', version: 2, exportedAt: new Date().toISOString(), agent: 'b', filters: noExportFilters, records: state.records, customers: state.customers };
    const write = await t(() => importEnvelope(db2, envelope, { agent: 'bench', now: new Date() }));
    db2.close();
    const rawDb2 = await freshDb('bench-raw-write');
    const idb2 = rawDb2.backendDB();
    const rawWrite = await t(async () => {
      const tx = idb2.transaction(['callbacks', 'customers'], 'readwrite', { durability: 'strict' });
      const cs = tx.objectStore('callbacks'); const us = tx.objectStore('customers');
      for (const r of state.records) cs.put(r);
      for (const c of state.customers) us.put(c);
      await done(tx);
    });
    rawDb2.close();
    return { ours: ours.ms, raw: raw.ms, write: write.ms, rawWrite: rawWrite.ms };
  },

  // Ours (JSON and CSV) against the baseline of issue #10: chunked getAll (5,000 rows per call, one transaction
  // each, by primary-key ranges) + JSON.stringify of each chunk, with no validation; and one getAll of everything.
  async exportRun(runs) {
    const db = new HuifangDb('bench-import');
    await db.open();
    const idb = db.backendDB();
    const chunked = async () => {
      const parts = [];
      for (const [store, key] of [['callbacks', 'id'], ['customers', 'key']]) {
        let range = null;
        for (;;) {
          const rows = await req(idb.transaction(store, 'readonly').objectStore(store).getAll(range, 5000));
          if (!rows.length) break;
          parts.push(JSON.stringify(rows));
          if (rows.length < 5000) break;
          range = IDBKeyRange.lowerBound(rows[rows.length - 1][key], true);
        }
      }
      return parts;
    };
    const single = async () => {
      const tx = idb.transaction(['callbacks', 'customers'], 'readonly');
      const [records, customers] = await Promise.all([req(tx.objectStore('callbacks').getAll()), req(tx.objectStore('customers').getAll())]);
      return JSON.stringify({ records, customers });
    };
    const out = { ours: [], csv: [], raw: [], single: [], bytes: 0 };
    const runOurs = async () => {
      const ours = await t(() => exportRecords(db, { format: 'json', agent: 'bench', now: new Date() }));
      if (!ours.value.ok) throw new Error('export failed: ' + JSON.stringify(ours.value.problems).slice(0, 500));
      out.bytes = ours.value.parts.reduce((n, p) => n + p.length, 0);
      out.ours.push(ours.ms);
    };
    // Alternate which goes first, so neither always meets a warmer cache or a busier moment of a shared machine.
    for (let i = 0; i < runs; i++) {
      if (i % 2) { await runOurs(); out.raw.push((await t(chunked)).ms); }
      else { out.raw.push((await t(chunked)).ms); await runOurs(); }
      out.csv.push((await t(() => exportRecords(db, { format: 'csv', lang: 'zh-CN', agent: 'bench', now: new Date() }))).ms);
      if (i === 0) out.single.push((await t(single)).ms);
    }
    db.close();
    return out;
  },

  // Fills bench-import when the import step is skipped (BENCH_ONLY without import).
  async populate() {
    const db = await freshDb('bench-import');
    const envelope = { format: 'huifang-export', version: 2, exportedAt: new Date().toISOString(), agent: 'b', filters: noExportFilters, records: state.records, customers: state.customers };
    const r = await importEnvelope(db, envelope, { agent: 'bench', now: new Date() });
    db.close();
    if (!r.ok) throw new Error('populate failed');
  },

  async longestBlock() {
    const db = new HuifangDb('bench-import');
    await db.open();
    let last = performance.now(); let worst = 0; let running = true;
    const tick = () => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; if (running) setTimeout(tick, 0); };
    setTimeout(tick, 0);
    await exportRecords(db, { format: 'json', agent: 'bench', now: new Date() });
    running = false;
    db.close();
    return worst;
  },

  async saveRun(n) {
    const db = new HuifangDb('bench-import');
    await db.open();
    const ours = []; const raw = [];
    const idb = db.backendDB();
    for (let i = 0; i < n; i++) {
      const key = 'crm:https://crm.example.com#C' + (i % 500);
      const rec = makeRecord(9000000 + i);
      const draft = { customerKey: key, recordId: 'save-' + i, startedAt: rec.startedAt, updatedAt: rec.startedAt, engine: null,
        record: { ...rec, id: undefined, customerKey: undefined, startedAt: undefined, endedAt: undefined, revision: undefined, supersedes: undefined, recordedAt: undefined } };
      for (const k of ['id', 'customerKey', 'startedAt', 'endedAt', 'revision', 'supersedes', 'recordedAt']) delete draft.record[k];
      await db.drafts.put(draft);
      const a = performance.now();
      await finishCall(db, draft, { endedAt: new Date(), now: new Date() });
      ours.push(performance.now() - a);
      // Raw: the same three writes (record, customer, draft deletion) in one strict transaction.
      const r2 = { ...rec, id: 'raw-save-' + i, customerKey: key };
      const b = performance.now();
      const tx = idb.transaction(['callbacks', 'customers', 'drafts'], 'readwrite', { durability: 'strict' });
      const cust = await req(tx.objectStore('customers').get(key));
      tx.objectStore('callbacks').add(r2);
      tx.objectStore('customers').put({ ...cust, lastSeenAt: r2.startedAt });
      tx.objectStore('drafts').delete(key);
      await done(tx);
      raw.push(performance.now() - b);
    }
    db.close();
    return { ours, raw };
  },

  async queueRun(runs) {
    const db = new HuifangDb('bench-import');
    await db.open();
    // 5 % of customers get a deadline spread over two months, as the rules would set them.
    const keys = await db.customers.toCollection().primaryKeys();
    await db.transaction('rw', db.customers, async () => {
      for (let i = 0; i < keys.length; i += 20) await db.customers.update(keys[i], { dueAt: new Date(Date.UTC(2026, 10, 1) + i * 3600000).toISOString(), dueKind: 'continuous' });
    });
    const now = new Date('2026-11-27T08:00:00Z');
    const horizon = new Date('2026-12-04T00:00:00Z');
    const sample = keys.slice(0, 100);
    const idb = db.backendDB();
    const until = horizon.toISOString();
    const nowIso = now.toISOString();
    // What the panel should show: the first page of 50 and how many there are in all (and overdue). The raw side
    // reads the same page and counts from the version-2 indexes (dueAt, nextCallBackAt), as before version 7.
    const PAGE = 50;
    const calendar = createWorkingCalendar({ extraHolidays: [], extraWorkdays: [] });
    const ours = {
      queue: () => Promise.all([listQueue(db, { now, horizon, limit: PAGE }), countQueue(db, { now, horizon })]),
      // THE queue call of the panel (workQueue): work lists + one page of 100 customers seen + their attempts.
      work: () => readWorkQueue(db, { now, horizon, calendar, timeZone: 'Asia/Shanghai', limit: 100 }),
      all: () => listQueue(db, { now, horizon }),
      attempts: () => countAttemptsByCustomer(db),
      window: () => Promise.all(sample.map((k) => countAttemptsInWindow(db, k, { from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }))),
      history: () => Promise.all(sample.map((k) => customerHistory(db, k))),
    };
    const raw = {
      queue: async () => {
        const s = idb.transaction('customers', 'readonly').objectStore('customers');
        const [due, cb] = [s.index('dueAt'), s.index('nextCallBackAt')];
        const [upTo, before] = [IDBKeyRange.upperBound(until), IDBKeyRange.upperBound(nowIso, true)];
        return Promise.all([req(due.getAll(upTo, PAGE)), req(cb.getAll(upTo, PAGE)), req(due.getAllKeys(upTo)), req(cb.getAllKeys(upTo)), req(due.getAllKeys(before)), req(cb.getAllKeys(before))]);
      },
      // The same reads, raw: the page of the summary index, its customers, each one's records, the lists, the counts.
      work: async () => {
        const tx = idb.transaction(['customerSummary', 'customers', 'callbacks', 'worklist', 'escalations'], 'readonly');
        const ix = tx.objectStore('customerSummary').index('queueAt');
        const upTo = IDBKeyRange.upperBound(until);
        const [page] = await Promise.all([req(ix.getAll(upTo, 100)), req(tx.objectStore('worklist').getAll()), req(ix.count(upTo)), req(ix.count(IDBKeyRange.upperBound(nowIso, true))), req(tx.objectStore('escalations').getAll())]);
        const cs = tx.objectStore('customers');
        const byKey = tx.objectStore('callbacks').index('customerKey');
        return Promise.all(page.map((p) => Promise.all([req(cs.get(p.key)), req(byKey.getAll(p.key))])));
      },
      all: async () => {
        const s = idb.transaction('customers', 'readonly').objectStore('customers');
        const range = IDBKeyRange.upperBound(until);
        return Promise.all([req(s.index('dueAt').getAll(range)), req(s.index('nextCallBackAt').getAll(range))]);
      },
      attempts: async () => {
        const rows = await req(idb.transaction('customers', 'readonly').objectStore('customers').getAll());
        return new Map(rows.map((c) => [c.key, c.stats.attempts]));
      },
      // One transaction per customer, as the API's one-customer calls do.
      window: async () => Promise.all(sample.map((k) => req(idb.transaction('callbacks', 'readonly').objectStore('callbacks').index('[customerKey+startedAt]').getAll(IDBKeyRange.bound([k, '2024-01-01T00:00:00Z'], [k, '2025-01-01T00:00:00Z'], false, true))).then((rows) => rows.filter((r) => r.revision === 0).length))),
      history: async () => Promise.all(sample.map((k) => {
        const tx = idb.transaction(['callbacks', 'customers'], 'readonly');
        const ix = tx.objectStore('callbacks').index('[customerKey+startedAt]');
        return Promise.all([req(tx.objectStore('customers').get(k)), req(ix.getAll(IDBKeyRange.bound([k, -Infinity], [k, []])))]);
      })),
    };
    const out = { ours: {}, raw: {} };
    for (const name of Object.keys(ours)) {
      out.ours[name] = []; out.raw[name] = [];
      for (let i = 0; i < runs; i++) {
        const pair = i % 2 ? [['ours', ours], ['raw', raw]] : [['raw', raw], ['ours', ours]];
        for (const [side, fns] of pair) out[side][name].push((await t(fns[name])).ms);
      }
    }
    const [page, counts] = await ours.queue();
    const all = await ours.all();
    const same = JSON.stringify(all.slice(0, PAGE)) === JSON.stringify(page) && counts.total === all.length;
    db.close();
    if (!same) throw new Error('the first page or the count differs from the whole queue');
    return { ...out, counts: { queue: counts.total, overdue: counts.overdue, customers: keys.length, page: page.length } };
  },

  // Export → wipe → import on a clean database (the other runs add raw rows); every row must come back identical.
  async roundTrip() {
    const src = await freshDb('bench-roundtrip');
    const envelope = { format: 'huifang-export', version: 2, exportedAt: new Date().toISOString(), agent: 'b', filters: noExportFilters, records: state.records, customers: state.customers };
    await importEnvelope(src, envelope, { agent: 'bench', now: new Date() });
    const file = await exportRecords(src, { format: 'json', agent: 'bench', now: new Date() });
    if (!file.ok) throw new Error('export failed');
    const before = await src.callbacks.orderBy('id').toArray();
    const beforeCustomers = await src.customers.orderBy('key').toArray();
    src.close();
    await HuifangDb.delete('bench-roundtrip');
    const dst = new HuifangDb('bench-roundtrip');
    const result = await importText(dst, file.text, { agent: 'bench', now: new Date(), yieldNow: noWait });
    const after = await dst.callbacks.orderBy('id').toArray();
    const afterCustomers = await dst.customers.orderBy('key').toArray();
    dst.close();
    await HuifangDb.delete('bench-roundtrip');
    let mismatches = Math.abs(before.length - after.length) + Math.abs(state.records.length - after.length);
    for (let i = 0; i < Math.min(before.length, after.length); i++) {
      if (canonicalJson(before[i]) !== canonicalJson(after[i]) || canonicalJson(after[i]) !== canonicalJson(state.records[i])) mismatches++;
    }
    let customerMismatches = Math.abs(beforeCustomers.length - afterCustomers.length);
    for (let i = 0; i < Math.min(beforeCustomers.length, afterCustomers.length); i++) if (canonicalJson(beforeCustomers[i]) !== canonicalJson(afterCustomers[i])) customerMismatches++;
    return { records: after.length, expected: state.records.length, mismatches, customers: afterCustomers.length, customerMismatches, ok: result.ok };
  },
};
`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

async function main() {
  log('bundling the page…');
  const bundle = await build({
    stdin: { contents: pageSource, resolveDir: root, loader: 'ts', sourcefile: 'db-bench-page.ts' },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'chrome120',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  const server = http.createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...BROWSER_ARGS, '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(15 * 60 * 1000);
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'bench' in window);
    type Bench = Record<string, (...a: unknown[]) => Promise<unknown>>;
    const call = <T>(name: string, ...args: unknown[]) =>
      page.evaluate(([n, a]) => (window as unknown as { bench: Bench }).bench[n as string]!(...(a as unknown[])), [
        name,
        args,
      ] as const) as Promise<T>;

    log(`generating ${N} records…`);
    const prep = await call<{ records: number; customers: number; mb: number }>('prepare', N);
    log(`  ${prep.records} records, ${prep.customers} customers, ${prep.mb.toFixed(1)} MB`);

    const imports: { ours: number; raw: number; write: number; rawWrite: number }[] = [];
    if (want('import'))
      for (let i = 0; i < RUNS; i++) {
        imports.push(await call('importRun'));
        log(`import ${i + 1}/${RUNS}: ${JSON.stringify(imports.at(-1))}`);
      }
    else if (want('export') || want('block') || want('save') || want('queue')) {
      log('populating the database…');
      await call('populate');
    }
    type ExportRuns = { ours: number[]; csv: number[]; raw: number[]; single: number[]; bytes: number };
    const exp = want('export') ? await call<ExportRuns>('exportRun', EXPORT_RUNS) : null;
    if (exp) log(`export: ${JSON.stringify(exp)}`);
    const block = want('block') ? await call<number>('longestBlock') : null;
    if (block !== null) log(`longest main-thread block during export: ${block.toFixed(0)} ms`);
    const saves = want('save') ? await call<{ ours: number[]; raw: number[] }>('saveRun', SAVES) : null;
    if (saves) log('saves done');
    type QueueRuns = { ours: Record<string, number[]>; raw: Record<string, number[]>; counts: Record<string, number> };
    const queue = want('queue') ? await call<QueueRuns>('queueRun', QUEUE_RUNS) : null;
    if (queue) log(`queue: ${JSON.stringify(queue)}`);
    type Trip = {
      records: number;
      expected: number;
      mismatches: number;
      customers: number;
      customerMismatches: number;
      ok: boolean;
    };
    const trip = want('trip') ? await call<Trip>('roundTrip') : null;
    if (trip) log(`round trip: ${JSON.stringify(trip)}`);

    const m = (k: keyof (typeof imports)[number]) => median(imports.map((x) => x[k]));
    const tripOk = !trip || (trip.ok && trip.records === N && trip.mismatches === 0 && trip.customerMismatches === 0);
    type Row = [string, string, string, string, string, boolean | null];
    const row = (name: string, ours: number, raw: number, target = '', ok: boolean | null = null): Row => [
      name,
      fmt(ours),
      fmt(raw),
      ratio(ours, raw),
      target,
      ok,
    ];
    const rows: Row[] = [];
    if (saves)
      rows.push(
        row(
          'save one finished record (finishCall), p50',
          median(saves.ours),
          median(saves.raw),
          '≤ 5 ms',
          median(saves.ours) <= 5,
        ),
        row('save one finished record, p95', pct(saves.ours, 95), pct(saves.raw, 95)),
      );
    if (imports.length)
      rows.push(
        row(`import ${N} records, whole file (parse + validate + write)`, m('ours'), m('raw')),
        row(
          `import ${N} records, write phase (one transaction)`,
          m('write'),
          m('rawWrite'),
          '≤ 1.3× raw put',
          m('write') / m('rawWrite') <= 1.3,
        ),
      );
    if (exp) {
      const [ours, csv, raw] = [median(exp.ours), median(exp.csv), median(exp.raw)];
      // Each run's own ratio (ours and the baseline back to back), then their median: steadier on a busy machine.
      const pairRatio = median(exp.ours.map((x, i) => x / (exp.raw[i] ?? NaN)));
      const jsonRow = row(
        `export ${N} records, JSON (validated); ratio = median of each run's ours/baseline`,
        ours,
        raw,
        '≤ 1.3× raw',
        pairRatio <= 1.3,
      );
      jsonRow[3] = `${pairRatio.toFixed(2)}×`;
      rows.push(
        jsonRow,
        row(`export ${N} records, CSV vs the same baseline`, csv, raw),
        row(`(baseline) one getAll of everything + JSON.stringify vs chunked`, median(exp.single), raw),
      );
    }
    if (queue) {
      const q = (k: string, side: 'ours' | 'raw') => median(queue[side][k] ?? []);
      rows.push(
        row(
          `queue as the panel should read it: the first ${queue.counts.page} due/overdue customers + how many (${queue.counts.queue} due, ${queue.counts.overdue} overdue, of ${queue.counts.customers}); raw = the same page and counts from the two version-2 indexes`,
          q('queue', 'ours'),
          q('queue', 'raw'),
          '≤ 50 ms',
          q('queue', 'ours') <= 50,
        ),
        row(
          `the panel's queue call (workQueue): work lists + the first 100 customers seen + their attempts + counts; raw = the same reads on the same stores`,
          q('work', 'ours'),
          q('work', 'raw'),
          '≤ 50 ms',
          q('work', 'ours') <= 50,
        ),
        row(`queue: every due/overdue customer at once (${queue.counts.queue})`, q('all', 'ours'), q('all', 'raw')),
        row('queue: attempts per customer (all customers)', q('attempts', 'ours'), q('attempts', 'raw')),
        row('queue: attempts in a window, 100 customers', q('window', 'ours'), q('window', 'raw')),
        row('customer history, 100 customers', q('history', 'ours'), q('history', 'raw')),
      );
    }
    const mark = (ok: unknown) => (ok === null ? '' : ok ? ' ✓' : ' ✗');
    const lines = [
      '## Call log database (Chromium, real IndexedDB)',
      '',
      `Command: \`npm run bench -- db\` (or \`npx tsx tests/bench/db.bench.ts\`). ${N} generated records over 3 years`,
      `for ${prep.customers} customers (${prep.mb.toFixed(1)} MB of JSON). Medians: import of ${RUNS} run(s), exports of`,
      `${EXPORT_RUNS} runs, queue reads of ${QUEUE_RUNS} runs, saves over ${SAVES} calls on the full database. Each baseline`,
      'runs in the same page, on the same database, in the same run: raw IndexedDB calls on the same object stores and',
      'indexes (strict durability for writes, as Huifang uses for finished records). The export baseline is the one of',
      'issue #10: getAll of 5,000 rows per call by primary-key ranges + JSON.stringify of each chunk, no validation.',
      '',
      '| operation | Huifang | raw IndexedDB | ratio | target |',
      '| --- | ---: | ---: | ---: | --- |',
      ...rows.map(([a, b, c, d, target, ok]) => `| ${a} | ${b} | ${c} | ${d} | ${target}${mark(ok)} |`),
    ];
    if (block !== null)
      lines.push('', `Longest main-thread block while exporting ${N} records (timer gap): ${fmt(block)}.`);
    if (trip)
      lines.push(
        '',
        `Round trip export → delete database → import of ${N} records: ${trip.records} records and ${trip.customers} customers back,`,
        `${trip.mismatches} record and ${trip.customerMismatches} customer differences — **${tripOk ? 'identical ✓' : 'NOT identical ✗'}**.`,
      );
    console.log(lines.join('\n'));
    if (!tripOk) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  log(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
