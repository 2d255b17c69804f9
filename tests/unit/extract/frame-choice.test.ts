import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { chooseFrame, type FrameReport } from '@/utils/extract/frame-choice';

const ctx = (fields: Record<string, string>, record?: string): CustomerContext => ({
  url: 'https://crm.example/x',
  origin: 'https://crm.example',
  adapterId: null,
  fields: Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, { value: v, raw: v, source: { via: 'generic' as const } }]),
  ),
  extra: {},
  missing: [],
  flags: [],
  extractedAt: '2026-11-27T10:00:00.000Z',
  ...(record ? { record: { id: record, entity: '', from: 'url' as const } } : {}),
});
const frame = (frameId: number, context: CustomerContext | null, extra: Partial<FrameReport> = {}): FrameReport => ({
  frameId,
  url: 'https://crm.example/x',
  context,
  area: 1000 * 700,
  focusedAt: 0,
  at: 1,
  ...extra,
});
const empty = ctx({});
const zhang = ctx({ name: '张三', mobile: '13800138000' }, '42');
const li = ctx({ name: '李四', mobile: '13900000002' }, '43');

describe('chooseFrame', () => {
  it.each<[string, FrameReport[], number | null, string]>([
    ['no frame has a customer', [frame(0, empty), frame(3, null)], null, 'none'],
    ['the record sits in a child frame (frameset, workbench)', [frame(0, empty), frame(5, zhang)], 5, 'only'],
    ['a hidden tab frame does not count', [frame(5, zhang), frame(6, li, { area: 0 })], 5, 'only'],
    [
      'two frames of the same record: the fuller one',
      [frame(5, ctx({ name: '张三' }, '42')), frame(6, zhang)],
      6,
      'same-record',
    ],
    [
      'two records: the frame the agent worked in last',
      [frame(5, zhang, { focusedAt: 10 }), frame(6, li, { focusedAt: 20 })],
      6,
      'focused',
    ],
    [
      'two records, no focus: the much larger frame',
      [frame(5, zhang, { area: 100 }), frame(6, li, { area: 900 })],
      6,
      'largest',
    ],
    ['two records of similar size and no focus: ask', [frame(5, zhang), frame(6, li)], null, 'ambiguous'],
  ])('%s', (_what, reports, frameId, reason) => {
    expect(chooseFrame(reports)).toMatchObject({ frameId, reason });
  });
});
