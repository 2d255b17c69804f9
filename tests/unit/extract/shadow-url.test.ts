import { extractCustomer } from '@/utils/extract';
import { findScopes } from '@/utils/extract/composed';
import { recordFromUrl } from '@/utils/core/url-record';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('shadow roots', () => {
  it('reads a record whose fields live in open shadow roots', () => {
    const doc = parsePage('<html><body><crm-record id="r"></crm-record></body></html>');
    const host = doc.getElementById('r') as Element;
    const root = host.attachShadow({ mode: 'open' });
    const inner = doc.createElement('div');
    root.append(inner);
    const fields: [string, string][] = [
      ['姓名', '张三'],
      ['手机', '13800138000'],
      ['产品', '稳健理财A'],
    ];
    for (const [label, value] of fields) {
      const row = doc.createElement('div');
      const l = doc.createElement('span');
      l.textContent = label;
      const v = doc.createElement('field-value');
      v.attachShadow({ mode: 'open' }).textContent = value;
      row.append(l, v);
      inner.append(row);
    }
    const ctx = extractCustomer(doc, 'https://crm.example/x', NOW, undefined, { adapters: [] });
    expect(ctx.fields.name?.value).toBe('张三');
    expect(ctx.fields.mobile?.value).toBe('13800138000');
    expect(ctx.fields.product?.value).toBe('稳健理财A');
  });

  it('reads declarative shadow DOM kept as <template shadowrootmode="open"> and counts closed ones', () => {
    const doc = parsePage(`<html><body><x-card><template shadowrootmode="open">
      <p>姓名：李四</p><p>手机：13900000002</p></template></x-card>
      <x-secret><template shadowrootmode="closed"><p>身份证号：11010519491231002X</p></template></x-secret></body></html>`);
    const ctx = extractCustomer(doc, 'https://crm.example/x', NOW, undefined, { adapters: [] });
    expect(ctx.fields.name?.value).toBe('李四');
    expect(ctx.fields.idNumber).toBeUndefined();
    expect(ctx.closedShadowRoots).toBe(1);
  });

  it('counts closed shadow roots the browser reveals to the extension, never reads them', () => {
    const doc = parsePage('<html><body><x-a></x-a><x-b></x-b></body></html>');
    const closed = (doc.querySelector('x-a') as Element).attachShadow({ mode: 'closed' });
    expect(findScopes(doc, (el) => (el.tagName === 'X-A' ? closed : null)).closedShadowRoots).toBe(1);
  });
});

describe('the record id in the URL', () => {
  it.each([
    [
      'https://crm.example/index.php?module=Contacts&action=DetailView&record=000001a0-9b94-65db-74e6-6b0b3bbd9288',
      '000001a0-9b94-65db-74e6-6b0b3bbd9288',
      'contacts',
    ],
    ['https://crm.example/societe/card.php?socid=17', '17', 'societe'],
    ['https://crm.example/societe/agenda.php?socid=17', '17', 'societe'],
    ['https://crm.example/contact/card.php?id=2', '2', 'contact'],
    ['https://crm.example/hxtd/customer/customer/toViewPage.do?id=1032', '1032', 'customer'],
    ['https://crm.example/#Contact/view/6650a1c3f0e9b2d47', '6650a1c3f0e9b2d47', 'contact'],
    ['https://crm.example/web#id=42&model=res.partner&view_type=form', '42', 'res.partner'],
    ['https://crm.example/lightning/r/Contact/0035g00000ZkP3mAAF/view', '0035g00000ZkP3mAAF', 'contact'],
    ['https://crm.example/crm/customer/detail?id=20931', '20931', 'customer'],
    [
      'https://crm.example/#/contacts/record/7f0c2a1e-1111-4bbb-9ccc-2d3e4f5a6b7c',
      '7f0c2a1e-1111-4bbb-9ccc-2d3e4f5a6b7c',
      'contacts',
    ],
    ['https://crm.example/person/4711', '4711', 'person'],
    // Code-shaped ids of naming series, form instances and business objects (made-up values).
    ['https://erp.example/app/customer/CUST-2024-00917', 'CUST-2024-00917', 'customer'],
    ['https://erp.example/crm/contacts/CRM-CONT-2025-00412', 'CRM-CONT-2025-00412', 'contacts'],
    ['https://lc.example/form/detail?appId=a1&formInstId=FINST-88AB1290X', 'FINST-88AB1290X', ''],
    [
      'https://lc.example/Form/DefaultSheet/D00021?BizObjectId=0f1e2d3c-4b5a-4987-8765-43210fedcba9&Mode=View',
      '0f1e2d3c-4b5a-4987-8765-43210fedcba9',
      'defaultsheet',
    ],
    ['https://siebel.example/start.swe?SWECmd=GotoView&SWEView=Contact+Detail&SWERowId0=1-7QX2PL', '1-7QX2PL', ''],
    [
      'https://ws.example/team/people?peek=record%2Fpeople%2F3e5a9c10-2b44-4f1e-9d7c-0a1b2c3d4e5f',
      '3e5a9c10-2b44-4f1e-9d7c-0a1b2c3d4e5f',
      'people',
    ],
    ['https://t.example/t/8812/#/people/40917', '40917', 'people'],
  ])('%s → %s', (url, id, entity) => {
    expect(recordFromUrl(url)).toMatchObject({ id, entity });
  });

  it.each([
    'https://crm.example/index.php?module=Contacts&action=index',
    'https://crm.example/web#action=240&model=res.partner&view_type=list',
    'https://crm.example/index.php?module=Users&action=DetailView&record=1234',
    'https://crm.example/admin/users/77',
    'https://crm.example/reports/2026',
    'https://crm.example/docs/UTF-8/charset',
    'https://crm.example/customer/list?return=%2Fcustomer%2Flist',
    // A code under an entity that is not a customer's (an order), a user id, a workflow run.
    'https://erp.example/app/sales-order/SO-2025-00412',
    'https://crm.example/desk/ticket?uid=88123',
    'https://oa.example/workflow/view?instanceId=77120',
    // A number opening the path names the site (a hotline's 12333, a tenant), not a record.
    'https://crm.example/12333/seat/workbench',
    'https://crm.example/95588/agent/desk',
    'not a url',
  ])('%s → none', (url) => {
    expect(recordFromUrl(url)).toBeNull();
  });
});
