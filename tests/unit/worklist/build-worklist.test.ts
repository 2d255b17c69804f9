import writeXlsxFile from 'write-excel-file/universal';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { buildWorklist, type BuildOptions } from '@/utils/core/worklist/build-worklist';
import type { Table } from '@/utils/core/worklist/cell-values';
import { guessMapping, layoutKey } from '@/utils/core/worklist/columns';
import { readTable } from '@/utils/worklist/read-table';
import { encodeGbk } from '../../support/encode-gbk.mjs';

const calendar = createWorkingCalendar();
const origin = 'https://crm.example.com';

function build(table: Table, extra: Partial<BuildOptions> = {}) {
  const header = (table[0] ?? []).map(String);
  return buildWorklist({
    table,
    mapping: guessMapping(header),
    origin,
    defaultKind: null,
    calendar,
    timeZone: 'Asia/Shanghai',
    listId: 'list-1',
    recordLinkTemplate: 'https://crm.example.com/customer/{id}',
    ...extra,
  });
}

describe('guessMapping', () => {
  it('maps Chinese and English headers, the more specific field first', () => {
    expect(
      guessMapping([
        '客户编号',
        '客户姓名',
        '手机号码',
        '联系电话',
        '产品名称',
        '回访类型',
        '签约日期',
        '回访截止日期',
        '客户经理',
      ]),
    ).toEqual({
      customerId: 0,
      name: 1,
      mobile: 2,
      phone: 3,
      product: 4,
      kind: 5,
      eventDate: 6,
      dueDate: 7,
      owner: 8,
      recordUrl: null,
    });
    expect(guessMapping(['Customer ID', 'Name', 'Mobile', 'ID number', 'Sign date', 'Link'])).toMatchObject({
      customerId: 0,
      name: 1,
      mobile: 2,
      eventDate: 4,
      recordUrl: 5,
      phone: null,
    });
  });

  it('gives one layout key per header row, whatever the spacing or width of the characters', () => {
    expect(layoutKey(['客户编号', '姓名'])).toBe(layoutKey([' 客户编号 ', '姓名']));
    expect(layoutKey(['客户编号', '姓名'])).not.toBe(layoutKey(['姓名', '客户编号']));
  });
});

describe('buildWorklist', () => {
  const header = ['客户编号', '姓名', '手机', '固定电话', '产品', '回访类型', '签约日期'];

  it('turns each row into customer, kind and the deadline the rules give (5 working days after signing)', () => {
    const result = build([
      header,
      ['C-1', '张三', '138 1234 5678', '010-62345678 转 123', '稳盈1号', '新签约回访', '2026-09-30'],
      ['C-2', '李四', '13912345678', '', '安心寿', '犹豫期', '2026/11/20'],
    ]);
    expect(result.issues).toEqual([]);
    const [a, b] = result.entries;
    // 2026-09-30 + 5 working days crosses the National Day holiday (10-01 … 10-08): 10-13.
    expect(a).toMatchObject({
      customerKey: 'crm:https://crm.example.com#C-1',
      kind: 'new-contract',
      mobiles: ['13812345678'],
      landlines: ['01062345678;ext=123'],
      due: '2026-10-13',
      dueAt: '2026-10-13T15:59:59.000Z',
      dueFrom: 'rules',
      recordUrl: 'https://crm.example.com/customer/C-1',
      rows: [2],
    });
    expect(b).toMatchObject({ kind: 'hesitation-period', eventDate: '2026-11-20', dueFrom: 'rules', rows: [3] });
  });

  it('merges rows for the same customer and kind: earlier deadline, blanks filled, every phone kept', () => {
    const result = build([
      header,
      ['C-1', '张三', '13812345678', '', '', '新签约', '2026-11-20'],
      ['C-1', '张三', '13912345678', '', '稳盈1号', 'new-contract', '2026-11-18'],
      ['C-1', '张三', '', '', '', '投诉回访', '2026-11-18'],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.mergedRows).toBe(1);
    expect(result.entries).toHaveLength(2);
    expect(result.entries[0]).toMatchObject({
      eventDate: '2026-11-18',
      product: '稳盈1号',
      mobiles: ['13812345678', '13912345678'],
      rows: [2, 3],
    });
  });

  it('lists every bad cell by row and column and imports nothing', () => {
    const result = build([
      header,
      ['C-1', '张三', '13812345678', '', '', '新签约', '2026-11-20'],
      ['', '', '13812345678', '', '', '新签约', '2026-11-20'],
      ['C-3', '王五', '138****5678', '', '', '随便聊聊', '2026-13-40'],
      ['C-4', '赵六', '', '', '', '新签约', ''],
    ]);
    expect(result.entries).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.column, i.message['zh-CN']])).toEqual([
      [3, null, '没有姓名也没有客户编号。'],
      [4, '手机', '“138****5678”不是可拨打的电话号码。'],
      [4, '回访类型', '不认识的回访类型“随便聊聊”。'],
      [4, '签约日期', '“2026-13-40”不是日期。'],
      [5, '签约日期', '缺少日期。'],
    ]);
  });

  it('asks for the kind when the list has no kind column, and uses the one chosen', () => {
    const table = [
      ['姓名', '手机', '报修办结时间'],
      ['周一', '13812345678', '2026-11-20 09:30'],
    ];
    const mapping = { ...guessMapping(table[0] ?? []), eventDate: 2 };
    expect(build(table, { mapping }).issues[0]?.message.en).toMatch(/choose its callback kind/);
    const result = build(table, { mapping, defaultKind: 'power-repair' });
    expect(result.issues).toEqual([]);
    // 24 hours after the repair closed, at the time of day the list gives.
    expect(result.entries[0]).toMatchObject({ due: '2026-11-21T09:30:00+08:00', dueAt: '2026-11-21T01:30:00.000Z' });
    expect(result.entries[0]?.recordUrl).toBeNull(); // {id} needed, the list has no id
  });

  it('takes the list’s own due date when it gives no event date', () => {
    const table = [
      ['姓名', '手机', '截止日期', '回访类型'],
      ['周一', '13812345678', '2026年12月1日', '持续回访'],
    ];
    expect(build(table).entries[0]).toMatchObject({ due: '2026-12-01', dueFrom: 'list', eventDate: null });
  });

  it('never opens a link that is not http(s)', () => {
    const table = [
      ['姓名', '手机', '签约日期', '链接', '回访类型'],
      ['周一', '13812345678', '2026-11-20', 'javascript:alert(1)', '新签约'],
    ];
    expect(build(table).issues[0]).toMatchObject({ row: 2, column: '链接' });
  });
});

describe('readTable', () => {
  const rows = [
    ['客户编号', '姓名', '手机', '签约日期', '回访类型'],
    ['C-1', '张三', '13812345678', '2026-11-20', '新签约回访'],
  ];

  it('reads an XLSX file (dates as dates, numbers as numbers)', async () => {
    const blob = await writeXlsxFile([
      rows[0]!.map((value) => ({ value })),
      [
        { value: 'C-1' },
        { value: '张三' },
        { value: 13812345678 },
        { value: new Date(Date.UTC(2026, 10, 20)), format: 'yyyy-mm-dd' },
        { value: '新签约回访' },
      ],
    ]).toBlob();
    const read = await readTable('list.xlsx', new Uint8Array(await blob.arrayBuffer()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.format).toBe('xlsx');
    const result = build(read.table);
    expect(result.issues).toEqual([]);
    expect(result.entries[0]).toMatchObject({ eventDate: '2026-11-20', mobiles: ['13812345678'], due: '2026-11-27' });
  });

  it('reads a GBK CSV file as Chinese Excel saves it', async () => {
    const bytes = encodeGbk(rows.map((r) => r.join(',')).join('\r\n'));
    const read = await readTable('清单.csv', bytes);
    expect(read).toMatchObject({ ok: true, format: 'csv', encoding: 'gb18030', table: rows });
  });

  it('refuses an old .xls file with what to do', async () => {
    const read = await readTable('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    expect(read.ok || read.message['zh-CN']).toMatch(/另存为 \.xlsx/);
  });

  it('refuses a damaged XLSX file naming it', async () => {
    const read = await readTable('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(read.ok || read.message.en).toMatch(/Cannot read the Excel file "broken.xlsx"/);
  });
});
