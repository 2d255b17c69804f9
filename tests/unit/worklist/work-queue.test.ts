import { buildWorkQueue, findNextRow, type QueueEntry, type AttemptSummary } from '@/utils/core/worklist/work-queue';
import { groupKinds, kindsByIndustry } from '@/utils/core/kind-groups';
import { callbackKinds } from '@/utils/core/callback-kinds';
import { parseKindName } from '@/utils/core/worklist/kind-names';
import { checkRecordLinkTemplate, fillRecordLink } from '@/utils/core/worklist/record-link';

// 2026-11-23 10:00 in Shanghai (a Monday).
const now = Date.parse('2026-11-23T02:00:00Z');

function entry(id: string, over: Partial<QueueEntry> = {}): QueueEntry {
  return {
    id,
    source: 'worklist',
    customerKey: `crm:x#${id}`,
    name: id,
    phone: '13812345678',
    product: '',
    kind: 'new-contract',
    dueAt: null,
    callBackAt: null,
    recordUrl: null,
    ...over,
  };
}

function queueOf(entries: QueueEntry[], attempts: Record<string, AttemptSummary> = {}, escalated: string[] = []) {
  return buildWorkQueue(entries, {
    now,
    timeZone: 'Asia/Shanghai',
    attempts: (key) => attempts[key],
    escalated: new Set(escalated),
  });
}

describe('buildWorkQueue', () => {
  const entries = [
    entry('late', { dueAt: '2026-11-20T15:59:59.000Z' }),
    entry('today', { dueAt: '2026-11-23T15:59:59.000Z' }),
    entry('soon', { dueAt: '2026-11-25T15:59:59.000Z' }),
    entry('later-today', { dueAt: '2026-11-30T15:59:59.000Z', callBackAt: '2026-11-23T06:00:00.000Z' }),
    entry('done', { dueAt: '2026-11-23T15:59:59.000Z' }),
    entry('no-deadline', { kind: 'software-checkin' }),
  ];

  it('groups overdue, today and upcoming with counts; finished callbacks leave and are counted as done', () => {
    const q = queueOf(
      entries,
      { 'crm:x#done': { counted: 0, state: 'done' }, 'crm:x#today': { counted: 2, state: 'in-progress' } },
      ['crm:x#soon'],
    );
    expect(q.counts).toEqual({ overdue: 1, today: 2, upcoming: 2, done: 1 });
    expect(q.overdue.map((r) => r.id)).toEqual(['late']);
    expect(q.today.map((r) => r.id)).toEqual(['later-today', 'today']);
    expect(q.upcoming.map((r) => r.id)).toEqual(['soon', 'no-deadline']);
    expect(q.today[1]).toMatchObject({ attemptsMade: 2, attemptsLeft: 1 });
    expect(q.upcoming[0]?.escalated).toBe(true);
  });

  it('shows a customer listed by two sources once, with the earlier deadline', () => {
    const q = queueOf([
      entry('a', { dueAt: '2026-11-27T15:59:59.000Z', recordUrl: 'https://crm/a' }),
      { ...entry('a', { dueAt: '2026-11-24T15:59:59.000Z' }), id: 'seen-a', source: 'seen' },
    ]);
    expect(q.upcoming).toHaveLength(1);
    expect(q.upcoming[0]).toMatchObject({
      source: 'seen',
      dueAt: '2026-11-24T15:59:59.000Z',
      recordUrl: 'https://crm/a',
    });
  });

  it('"next customer" goes overdue → today → upcoming, after the current one, and wraps', () => {
    const q = queueOf(entries);
    expect(findNextRow(q, null)?.id).toBe('late');
    expect(findNextRow(q, 'crm:x#late')?.id).toBe('later-today');
    expect(findNextRow(q, 'crm:x#no-deadline')?.id).toBe('late');
    expect(findNextRow(q, 'crm:x#not-listed')?.id).toBe('late');
    expect(findNextRow(queueOf([entry('only')]), 'crm:x#only')).toBeNull();
  });
});

describe('kinds', () => {
  it('every kind belongs to an industry; the agent’s industry comes first', () => {
    const grouped = new Set(Object.values(kindsByIndustry).flat());
    expect(callbackKinds.filter((k) => !grouped.has(k))).toEqual([]);
    expect(groupKinds('insurance')[0]).toEqual({ industry: 'insurance', kinds: kindsByIndustry.insurance });
  });

  it.each([
    ['新签约回访', 'new-contract'],
    ['新单', 'hesitation-period'],
    ['Fault-repair callback', 'power-repair'],
    ['power-repair', 'power-repair'],
    [' 犹豫期 ', 'hesitation-period'],
    ['闲聊', null],
  ])('reads the kind name %j', (text, kind) => {
    expect(parseKindName(text)).toBe(kind);
  });
});

describe('record links', () => {
  it('fills the template with the id, encoded; refuses non-http templates', () => {
    expect(fillRecordLink('https://crm.example.com/c/{id}?x=1', { customerId: 'A/1 2', name: '' })).toBe(
      'https://crm.example.com/c/A%2F1%202?x=1',
    );
    expect(fillRecordLink('https://crm.example.com/c/{id}', { customerId: null, name: '张三' })).toBeNull();
    expect(checkRecordLinkTemplate('javascript:go({id})')?.en).toMatch(/http/);
    expect(checkRecordLinkTemplate('https://crm.example.com/c/')?.en).toMatch(/\{id\}/);
    expect(checkRecordLinkTemplate('https://crm.example.com/c/{id}')).toBeNull();
  });
});
