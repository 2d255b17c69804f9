import { computeDueAt } from '@/utils/call/call-timing';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { buildCardView } from '@/utils/ui/card-view';
import { buildDeadlineView, countWorkingDaysUntil } from '@/utils/ui/deadline-view';
import { createTranslate } from '@/utils/ui/i18n';
import { parseDatesText, parseWindowsText } from '@/utils/ui/windows-text';
import { buildManualContext } from '@/utils/ui/manual-context';
import { makeContext } from '../call/fake-ports';

const calendar = createWorkingCalendar();
const t = createTranslate('zh-CN');
const env = (now: string) => ({
  calendar,
  nowMs: Date.parse(now),
  timeZone: 'Asia/Shanghai',
  locale: 'zh-CN' as const,
  t,
});

describe('card view', () => {
  it('masks phone and ID until revealed and says where each value came from', () => {
    const ctx = makeContext('周雅琴', '13812346390', { idNumber: '11010519491231002X' });
    const masked = buildCardView(ctx, { locale: 'zh-CN', t, revealed: false, today: '2025-11-03' });
    expect(masked.phone?.display).toBe('138****6390');
    expect(masked.rows.find((r) => r.key === 'idNumber')?.display).not.toContain('0519');
    expect(masked.phone?.source).toContain('test');
    const shown = buildCardView(ctx, { locale: 'zh-CN', t, revealed: true, today: '2025-11-03' });
    expect(shown.phone?.display).toBe('13812346390');
  });

  it('asks a company record for no gender, birth date or resident ID (a person record still is)', () => {
    const company = makeContext('上海明德贸易有限公司', '02164871234');
    company.entity = 'company';
    const options = { locale: 'zh-CN', t, revealed: false, today: '2025-11-03' } as const;
    expect(buildCardView(company, options).missingKeys).toEqual(['address']);
    expect(buildCardView(makeContext('周雅琴', '13812346390'), options).missingKeys).toEqual([
      'gender',
      'birthDate',
      'idNumber',
      'address',
    ]);
  });

  it('shows the landline next to the mobile (both are dialled), masked like it', () => {
    const ctx = makeContext('周雅琴', '13812346390');
    ctx.fields.phone = { value: '02164871234', raw: '021-64871234', source: { via: 'generic', label: '电话' } };
    const view = buildCardView(ctx, { locale: 'zh-CN', t, revealed: false, today: '2025-11-03' });
    expect(view.phone?.key).toBe('mobile');
    expect(view.otherPhone?.key).toBe('phone');
    expect(view.otherPhone?.display).not.toContain('6487');
    expect(view.rows.map((r) => r.key)).not.toContain('phone');
    const alone = buildCardView(makeContext('A', '13800000000'), {
      locale: 'zh-CN',
      t,
      revealed: false,
      today: '2025-11-03',
    });
    expect(alone.otherPhone).toBeNull();
  });

  it('lists missing key fields for the line under the card, not again among its warnings', () => {
    const view = buildCardView(makeContext('A', '1380000000'), {
      locale: 'en',
      t: createTranslate('en'),
      revealed: false,
      today: '2025-11-03',
    });
    expect(view.missingKeys).toEqual(['gender', 'birthDate', 'idNumber', 'address']);
    // Named once, by the line under the card that offers to pick them (components/missing-fields.tsx).
    expect(view.flags).toEqual([]);
  });
});

describe('deadline view', () => {
  it.each([
    // Signed Thu 2025-10-30: 5 working days → Thu 2025-11-06 (weekend skipped).
    ['2025-11-03T02:00:00Z', '截止 2025-11-06（还有 3 个工作日）', false],
    ['2025-11-06T02:00:00Z', '截止 2025-11-06（今天到期）', false],
    ['2025-11-10T02:00:00Z', '已逾期：截止 2025-11-06（逾期 4 天）', true],
  ])('at %s reads %s', (now, text, overdue) => {
    const view = buildDeadlineView('new-contract', { pageSignDate: '2025-10-30' }, env(now));
    expect(view?.text).toBe(text);
    expect(view?.overdue).toBe(overdue);
    expect(view?.rule).toContain('5');
    expect(view?.clause).toBe('篇六 第八条');
  });

  it('skips the National Day holiday and counts the make-up Saturday', () => {
    // 2025: 10-01…10-08 off; 10-09 Thu, 10-10 Fri and the make-up Saturday 10-11 work.
    expect(countWorkingDaysUntil(calendar, '2025-09-30', '2025-10-11')).toBe(3);
  });

  it('shows the deadline the queue stores: one function for both (a yearly continuous callback too)', () => {
    const sources = { stored: { 'contract-signed': '2024-11-20' } };
    const card = buildDeadlineView('continuous', sources, env('2025-11-03T02:00:00Z'));
    const queued = computeDueAt('continuous', sources, { calendar, timeZone: 'Asia/Shanghai' });
    expect(queued).not.toBeNull();
    expect(card?.text).toContain(toZonedDate(Date.parse(queued?.at ?? ''), 'Asia/Shanghai'));
    const later = { ...sources, lastReachedAt: '2025-06-02T03:00:00Z' };
    expect(computeDueAt('continuous', later, { calendar, timeZone: 'Asia/Shanghai' })?.at.slice(0, 4)).toBe('2026');
  });

  it('has no deadline without the event that starts the clock', () => {
    expect(buildDeadlineView('new-contract', {}, env('2025-11-03T02:00:00Z'))).toBeNull();
  });
});

describe('settings text', () => {
  it.each([
    ['10:00-11:00\n14:00-16:00', true],
    ['9:00 - 11:00', true],
    ['11:00-10:00', false],
    ['morning', false],
  ])('windows %j valid: %s', (text, ok) => {
    expect(parseWindowsText(text, true).ok).toBe(ok);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(parseDatesText('2025-10-01\n2025-10-02', '').ok).toBe(true);
    expect(parseDatesText('10/01/2025', '').ok).toBe(false);
  });

  it('builds a manual customer only with a name or a phone', () => {
    expect(buildManualContext({ product: 'x' }, { url: '', origin: 'manual:' }, new Date())).toBeNull();
    const ctx = buildManualContext({ name: ' 李四 ' }, { url: '', origin: 'manual:' }, new Date());
    expect(ctx?.fields.name).toMatchObject({ value: '李四', source: { via: 'manual' } });
  });
});
