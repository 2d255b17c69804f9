import readXlsxFile from 'read-excel-file/universal';
import { buildReportSheets, sheetsToCsv } from '@/utils/core/report/report-sheets';
import { buildSupervisorReport } from '@/utils/core/report/supervisor-report';
import { writeReportXlsx } from '@/utils/report/write-report-xlsx';
import { monthDue, monthEscalations, monthNow, monthRecords, monthReviews } from './month-fixture';

const report = () =>
  buildSupervisorReport({
    month: '2026-11',
    now: monthNow,
    records: monthRecords,
    dueItems: monthDue,
    escalations: monthEscalations,
    reviews: monthReviews,
  });

describe('the 月报 of a month of two agents, against a table computed by hand', () => {
  it('per kind and in total', () => {
    const r = report();
    const rows = r.monthly.kinds.map((k) => [
      k.kind,
      k.due,
      k.onTime,
      k.late,
      k.outstanding,
      k.overdue,
      k.coveragePct,
      k.attempts,
    ]);
    expect(rows).toEqual([
      ['new-contract', 3, 1, 1, 1, 1, 66.7, 5],
      ['continuous', 1, 1, 0, 0, 0, 100, 1],
    ]);
    expect(r.monthly.totals).toMatchObject({ due: 4, onTime: 2, late: 1, outstanding: 1, coveragePct: 75 });
  });

  it('per agent, satisfaction, escalations, QA and the outstanding customers', () => {
    const r = report();
    expect(
      r.agents.map((a) => [
        a.agent,
        a.attempts,
        a.onTime,
        a.late,
        a.rated,
        a.satisfiedOrFairly,
        a.escalationsRaised,
        a.reviews,
        a.qaMean,
        a.qaPassed,
      ]),
    ).toEqual([
      ['李明', 3, 1, 1, 2, 1, 1, 1, 90, 1],
      ['王磊', 3, 1, 0, 1, 1, 1, 1, 70, 0],
    ]);
    expect(r.monthly.satisfaction.rows.map((s) => s.count)).toEqual([1, 1, 1, 0]);
    expect(r.escalations).toMatchObject({ opened: 2, inProgress: 1, resolved: 1 });
    expect(r.escalations.rows[0]).toMatchObject({ id: 'e1', status: 'handled', secondCallbackBy: '王磊' });
    expect(r.monthly.escalations).toMatchObject({ opened: 2, open: 1, handled: 1 });
    expect(r.outstanding.map((o) => [o.customerKey, o.overdue, o.attempts, o.lastAgent])).toEqual([
      ['C3', true, 1, '王磊'],
    ]);
  });

  it('the XLSX has one sheet per section with Chinese labels, local times and masked phones; it reads back', async () => {
    const blob = await writeReportXlsx(buildReportSheets(report()));
    const sheets = await readXlsxFile(blob);
    expect(sheets.map((s) => s.sheet)).toEqual([
      '概况',
      '分类型',
      '分专员',
      '满意度',
      '上报事项',
      '抽检',
      '未完成客户',
    ]);
    const byName = new Map(sheets.map((s) => [s.sheet, s.data]));
    expect(byName.get('分类型')?.[0]).toEqual([
      '回访类型',
      '依据条款',
      '应访',
      '已访',
      '按时完成',
      '逾期完成',
      '未完成',
      '其中已逾期',
      '覆盖率%',
      '按时率%',
      '目标%',
      '拨打次数',
    ]);
    expect(byName.get('分类型')?.at(-1)).toEqual(['合计', null, 4, 3, 2, 1, 1, 1, 75, 50, null, 6]);
    const escalations = byName.get('上报事项');
    expect(escalations?.[1]?.slice(0, 8)).toEqual([
      '王*',
      '新签约回访',
      '李明',
      '承诺或保证收益',
      '高',
      '客户称业务员保证收益',
      '2026-11-05 11:00',
      '已解决',
    ]);
    expect(byName.get('未完成客户')?.[1]?.slice(0, 5)).toEqual([
      '孙*',
      '137****2222',
      '新签约回访',
      '2026-11-20',
      '是',
    ]);
  });

  it('unmasked only when asked; the CSV carries the same labels and rows', () => {
    const plain = buildReportSheets(report(), { unmask: true });
    expect(plain.at(-1)?.rows[0]?.slice(0, 2)).toEqual(['孙丽', '13700002222']);
    const csv = sheetsToCsv(buildReportSheets(report()));
    expect(csv.startsWith('\uFEFF"【概况】"')).toBe(true);
    expect(csv).toContain('"回访类型","依据条款","应访","已访"');
    expect(csv).toContain('"孙*","137****2222"');
    expect(csv).not.toContain('13700002222');
    // A cell a spreadsheet would run as a formula is written as text.
    expect(sheetsToCsv([{ name: 'x', columns: ['专员'], rows: [['=cmd()']] }])).toContain('"\'=cmd()"');
  });
});
