// Writes the benchmark's export files: N records over F files (one per agent), streamed to disk so the generator
// itself never holds them. 1 % of each file's records are also exported by the next agent (the same record twice
// must count once) and 0.5 % are corrections (revision 1) of a record in the same file.
import { closeSync, openSync, writeSync } from 'node:fs';
import { callbackKinds } from '../../utils/core/callback-kinds';

const outcomes = ['reached', 'no-answer', 'busy', 'call-back-later', 'refused'] as const;
const CUSTOMERS = 200_000;

function makeRecord(i: number, agent: string) {
  const started = new Date(Date.UTC(2026, 9, 1) + (i % 2_600_000) * 1000);
  const outcome = outcomes[i % 5];
  const c = i % CUSTOMERS;
  const startedAt = started.toISOString();
  return {
    id: `rec-${String(i).padStart(7, '0')}`,
    customerKey: `crm:https://crm.example.com#C${c}`,
    kind: callbackKinds[i % 6],
    scriptId: 'builtin-new-contract',
    scriptVersion: 1,
    channel: 'phone',
    startedAt,
    endedAt: new Date(started.getTime() + 180_000).toISOString(),
    ringSeconds: 20 + (i % 10),
    outcome,
    callBackAt: outcome === 'call-back-later' ? new Date(started.getTime() + 86_400_000).toISOString() : null,
    answers: { identity: true, product: `理财产品${i % 30}` },
    path: ['start', 'identity', 'product', 'end'],
    ticks: {},
    flags: [],
    satisfaction: outcome === 'reached' ? 'satisfied' : null,
    notes: i % 3 === 0 ? '客户表示产品说明清楚。' : '',
    agent,
    sourceUrl: `https://crm.example.com/customer/C${c}`,
    context: { name: `客户${c}`, phone: `1380013${String(c % 10_000).padStart(4, '0')}` },
    dueAt: i % 4 === 0 ? started.toISOString().slice(0, 10) : null,
    revision: 0,
    supersedes: null as string | null,
    recordedAt: new Date(started.getTime() + 200_000).toISOString(),
  };
}

/** Writes the files; returns their paths and total bytes. */
export function writeBenchFiles(dir: string, n: number, files: number): { paths: string[]; bytes: number } {
  const per = Math.ceil(n / files);
  const paths: string[] = [];
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const agent = `agent-${f}`;
    const path = `${dir}/export-${agent}.json`;
    const fd = openSync(path, 'w');
    const head = `{"format":"huifang-export","version":2,"exportedAt":"2026-11-02T00:00:00.000Z","agent":"${agent}","filters":{"from":null,"to":null,"kinds":[],"outcomes":[],"agents":[]},"records":[\n`;
    bytes += writeSync(fd, head);
    let buf: string[] = [];
    let first = true;
    const emit = (r: object) => {
      buf.push((first ? '' : ',\n') + JSON.stringify(r));
      first = false;
      if (buf.length >= 5000) {
        bytes += writeSync(fd, buf.join(''));
        buf = [];
      }
    };
    const start = f * per;
    const end = Math.min(n, start + per);
    for (let i = start; i < end; i++) {
      const r = makeRecord(i, agent);
      if (i % 200 === 7 && i > start) {
        // A correction of the previous record: same attempt, a later revision.
        const original = makeRecord(i - 1, agent);
        emit({
          ...original,
          id: `fix-${i}`,
          revision: 1,
          supersedes: original.id,
          satisfaction: 'fairly-satisfied',
          recordedAt: r.recordedAt,
        });
      } else emit(r);
    }
    // The next agent's first 1 % again, as exported by this agent too (identical content).
    const shared = Math.floor(per / 100);
    const nextStart = ((f + 1) % files) * per;
    for (let i = nextStart; i < nextStart + shared && i < n; i++) {
      if (i % 200 === 7 && i > nextStart) continue;
      emit(makeRecord(i, `agent-${(f + 1) % files}`));
    }
    bytes += writeSync(fd, buf.join('') + '\n],"customers":[]}\n');
    closeSync(fd);
    paths.push(path);
  }
  return { paths, bytes };
}
