// Who the record is: its code, its id numbers and its name (docs/adapters.md, "Identity: codes, id numbers and
// names"). Each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { recordFromUrl } from '@/utils/core/url-record';
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { context, values } = classReader('en', NOW);
const row = (label: string, value: string) =>
  `<div class="kv"><span class="k">${label}</span><span>${value}</span></div>`;

describe('the code the page shows beats the URL’s id', () => {
  it('an organisation’s or tenant’s id in the path is never the record’s; the code after the customers word is', () => {
    expect(recordFromUrl('https://books.example/org/730551/customers/KLI-0093')).toMatchObject({
      id: 'KLI-0093',
      entity: 'customers',
    });
    expect(recordFromUrl('https://books.example/tenants/88120/contacts/4407')?.id).toBe('4407');
    // The organisation alone names no record.
    expect(recordFromUrl('https://books.example/org/730551/')).toBeNull();
    expect(recordFromUrl('https://books.example/workspaces/5512/settings')).toBeNull();
  });

  it('a shop’s users are its buyers: their id keys the record; elsewhere a user is staff', () => {
    expect(recordFromUrl('https://shop.example/admin/store/users/61022/')?.id).toBe('61022');
    expect(recordFromUrl('https://crm.example/admin/users/61022/')).toBeNull();
  });

  it('an external contact’s id parameter in any letter case keys the record', () => {
    expect(recordFromUrl('https://scrm.example/customer/detail?externalUserId=woAbCd7EfGh2JkLm')?.id).toBe(
      'woAbCd7EfGh2JkLm',
    );
  });

  it('one rule for kind-named id parameters: a customer’s kind anywhere, the path’s own kind by its id', () => {
    expect(recordFromUrl('https://school.example/pupils/view?studentNo=ST-2207')?.id).toBe('ST-2207');
    expect(recordFromUrl('https://app.example/m/coach/card?coachId=CO-5531')).toMatchObject({
      id: 'CO-5531',
      entity: 'coach',
    });
    // Another kind's number is no key (an order's orderNo on an order's page).
    expect(recordFromUrl('https://app.example/order/view?orderNo=SO20261130')).toBeNull();
    // A customer's kind before the path's own.
    expect(recordFromUrl('https://app.example/coach/card?coachId=CO-5531&memberId=M-7781')?.id).toBe('M-7781');
  });

  it('a Thai code label, written without a space (หมายเลขสมาชิก, member number), is the record’s code', () => {
    const page = `<div class="card"><h2>ร้านกาแฟดอยคำ</h2>${row('หมายเลขสมาชิก', 'CU-00871')}${row('อีเมล', 'shop@doikham.example')}
      ${row('เบอร์โทรศัพท์', '02 555 0187')}</div>`;
    expect(values(page, 'https://books.example/contacts/55190', 'th').customerId).toBe('CU-00871');
  });

  it('a bare "Šifra" (code) over a code is the record’s code', () => {
    const page = `<div class="card"><h2>Mizarstvo Novak d.o.o.</h2>${row('Šifra', 'KUP-0112')}${row('E-pošta', 'info@novak.example')}
      ${row('Telefon', '01 555 0142')}</div>`;
    const ctx = context(page, 'https://books.example/partners/99012', 'sl');
    expect(ctx.fields.customerId?.value).toBe('KUP-0112');
    // A Slovenian limited company says so by its legal form.
    expect(ctx.entity).toBe('company');
    expect(ctx.fields.company?.value).toBe('Mizarstvo Novak d.o.o.');
  });

  it('a house-number word over a lettered code at the card’s head is the code, not part of the address', () => {
    const page = `<div class="card"><h2>Inês Carvalho Matos</h2>${row('Número', 'CL-0912')}${row('Contribuinte', '245118093')}
      ${row('Morada', 'Avenida da Boavista, 880')}${row('Código Postal', '4100-112')}${row('Localidade', 'Porto')}
      ${row('Email', 'ines.matos@mail.example')}</div>`;
    const v = values(page, 'https://books.example/clientes/view/40318', 'pt-PT');
    expect(v.customerId).toBe('CL-0912');
    expect(v.address).toBe('Avenida da Boavista, 880, 4100-112, Porto');
  });

  it('a house number stays the address’s (digits, or a letter and a digit or two)', () => {
    const page = `<div class="card"><h2>Bruno Teixeira</h2>${row('Email', 'bruno@teixeira.example')}
      ${row('Rua', 'Rua das Flores')}${row('Número', 'B-12')}${row('Cidade', 'Braga')}</div>`;
    const v = values(page, 'https://books.example/clientes/view/40319', 'pt-PT');
    expect(v.customerId).toBeUndefined();
    expect(v.address).toBe('Rua das Flores, B-12, Braga');
  });

  it('the code among a line of "Label：value" facts under the name', () => {
    const page = `<div class="head"><h2>韦思琪</h2><p>学员编号：QY20260417 ｜ 在读班级：少儿英语三阶 ｜ 剩余课时：36</p></div>
      <div class="card">${row('手机', '13912340417')}${row('性别', '女')}</div>`;
    const ctx = context(page, 'https://edu.example/student/detail?studentId=60417', 'zh-CN');
    expect(ctx.fields.customerId?.value).toBe('QY20260417');
    // Not when the code part is no code (a sentence).
    const none = page.replace('QY20260417', '暂无编号');
    expect(
      context(none, 'https://edu.example/student/detail?studentId=60417', 'zh-CN').fields.customerId,
    ).toBeUndefined();
  });

  it('a brokerage’s fund account and a shop’s 顾客卡号 with letters are the customer’s code', () => {
    const broker = `<div class="box"><h3>客户详情</h3>${row('资金账号', '31002258170')}${row('客户姓名', '邵一鸣')}${row('手机', '13722580417')}</div>`;
    expect(values(broker, 'https://crm.example/tg/client/detail', 'zh-CN').customerId).toBe('31002258170');
    const salon = `<div class="l"><h3>谢婉清</h3>${row('顾客卡号', 'MY0018830')}${row('手机', '13600418830')}${row('性别', '女')}</div>`;
    expect(values(salon, 'https://crm.example/salon/customer/archive', 'zh-CN').customerId).toBe('MY0018830');
  });
});
