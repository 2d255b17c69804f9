// Round 23's missed fields, as classes (docs/adapters.md, "Session 24: round 23's missed fields"). Each rule on a small
// page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');

function read(body: string, url: string, lang: string, title = 'Customer'): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const digits = (v: string | undefined) => v?.replace(/\D/g, '');

describe('a tab strip titles the pane by its selected tab only', () => {
  const tabs = (selected: number, panes: string[]) =>
    `<div class="x-tabs"><div class="x-tabs__header"><div class="x-tabs__nav" role="tablist">${[
      '档案资料',
      '随访记录',
      '家属信息',
    ]
      .map((t, i) => `<div class="x-tabs__item" role="tab" aria-selected="${i === selected}">${t}</div>`)
      .join('')}</div></div><div class="x-tabs__content">${panes
      .map((p, i) => `<div role="tabpanel"${i === selected ? '' : ' style="display:none"'}>${p}</div>`)
      .join('')}</div></div>`;
  const own = `<div class="row"><span class="k">客户姓名</span><span class="v">宁书瑶</span></div>
    <div class="row"><span class="k">性别</span><span class="v">女</span></div>
    <div class="row"><span class="k">手机号码</span><span class="v">159 3306 1847</span></div>`;
  const family = `<div class="row"><span class="k">丈夫</span><span class="v">祁远航</span></div>
    <div class="row"><span class="k">丈夫手机</span><span class="v">133 0571 2298</span></div>`;

  it('the record’s own pane under a strip that also lists 家属信息 is the customer’s', () => {
    const v = read(
      `<main>${tabs(0, [own, '<p>无</p>', family])}</main>`,
      'https://crm.example/#/client?id=8812',
      'zh-CN',
    );
    expect(v.name).toBe('宁书瑶');
    expect(v.gender).toBe('female');
    expect(digits(v.mobile)).toBe('15933061847');
  });

  it('a pane shown under its selected 家属信息 tab is still someone else’s', () => {
    const relatives = `<div class="row"><span class="k">姓名</span><span class="v">祁远航</span></div>
      <div class="row"><span class="k">手机</span><span class="v">133 0571 2298</span></div>`;
    const v = read(`<main>${tabs(2, ['', '', relatives])}</main>`, 'https://crm.example/#/client?id=8812', 'zh-CN');
    expect(v.name).toBeUndefined();
    expect(v.mobile).toBeUndefined();
  });
});

describe('a table of numbers beside their types', () => {
  const page = (extra = '') =>
    `<div class="title">客户资料</div><table class="form">
      <tr><td class="lbl">客户名称：</td><td>邝德明</td><td class="lbl">客户经理：</td><td>尤佩</td></tr></table>
     <div class="title">在网业务</div><table class="form">
      <tr><td class="lbl">业务号码</td><td class="lbl">类型</td><td class="lbl">套餐名称</td><td class="lbl">签约日期</td><td class="lbl">到期日期</td></tr>
      <tr><td>187 2290 6153</td><td>手机（主号）</td><td rowspan="3">家庭融合 239 元</td><td rowspan="3">2024-11-02</td><td rowspan="3">2026-11-01</td></tr>
      <tr><td>187 2290 7730</td><td>手机（副卡 · 邝雨桐）</td></tr>
      <tr><td>0755-2661 4820</td><td>固话</td></tr>${extra}
     </table>`;

  it('the main mobile and the landline are the customer’s, the second card is not', () => {
    const v = read(page(), 'https://crm.example/bss/cust/view.do?custId=77', 'zh-CN');
    expect(digits(v.mobile)).toBe('18722906153');
    expect(digits(v.phone)).toBe('075526614820');
  });

  it('rows joined by the contract’s spanning cells are one contract: its package and signing', () => {
    const v = read(page(), 'https://crm.example/bss/cust/view.do?custId=77', 'zh-CN');
    expect(v.product).toBe('家庭融合 239 元');
    expect(v.signDate).toBe('2024-11-02');
  });

  it('a table of people with their numbers is no number table', () => {
    const v = read(
      `<main><h2>客户详情</h2><table><tr><th>客户名称</th><td>澄江贸易有限公司</td></tr></table>
       <table><thead><tr><th>姓名</th><th>号码</th><th>类型</th></tr></thead><tbody>
        <tr><td>卜建</td><td>138 2200 4417</td><td>手机</td></tr>
        <tr><td>伍可</td><td>0871-6630 1182</td><td>固话</td></tr></tbody></table></main>`,
      'https://crm.example/customer/12',
      'zh-CN',
    );
    expect(v.mobile).toBeUndefined();
    expect(v.phone).toBeUndefined();
  });
});

describe('the record’s kind as a weak name label', () => {
  const card = (kind: string, value: string) =>
    `<main><div class="card-header">档案</div><table>
      <tr><td class="label">编号</td><td>DA-30418</td><td class="label">${kind}</td><td>${value}</td></tr>
      <tr><td class="label">手机号</td><td>136 0211 4479</td><td class="label">服务地址</td><td>上海市徐汇区漕溪北路 88 号 1203</td></tr></table></main>`;

  it('雇主 (a housekeeping agency’s employer) names the record’s person', () => {
    const v = read(card('雇主', '司马婉清 女士'), 'https://crm.example/employer/30418', 'zh-CN');
    expect(v.name).toBe('司马婉清');
    expect(v.gender).toBe('female');
  });

  it('宠主 (a pet hospital’s owner of the pets) names the record’s person', () => {
    const v = read(card('宠主', '姜晓棠'), 'https://crm.example/member/30418', 'zh-CN');
    expect(v.name).toBe('姜晓棠');
  });

  it('会员 with a form of address (先生) names the member', () => {
    const v = read(card('会员', '葛振东 先生'), 'https://crm.example/member/30418', 'zh-CN');
    expect(v.name).toBe('葛振东');
    expect(v.gender).toBe('male');
  });

  it('会员 naming a tier is no name', () => {
    const v = read(card('会员', '黄金会员'), 'https://crm.example/member/30418', 'zh-CN');
    expect(v.name).toBeUndefined();
  });

  it('any other name label wins over 雇主', () => {
    const v = read(
      `<main><table><tr><td class="label">客户姓名</td><td>万若溪</td></tr><tr><td class="label">雇主</td><td>鼎益物流有限公司</td></tr></table></main>`,
      'https://crm.example/customer/5',
      'zh-CN',
    );
    expect(v.name).toBe('万若溪');
  });
});

describe('a bare 经纪人 (the agent) is the owner', () => {
  it('an agency’s record names its 经纪人', () => {
    const v = read(
      `<main><table><tr><td class="label">客户姓名</td><td>滕佳怡</td></tr><tr><td class="label">手机号</td><td>139 1820 3371</td></tr>
       <tr><td class="label">经纪人</td><td>柏晓楠</td></tr></table></main>`,
      'https://crm.example/customer/5',
      'zh-CN',
    );
    expect(v.owner).toBe('柏晓楠');
  });
});

describe('a page header’s title names the record when it reads as a name', () => {
  const page = (title: string) =>
    `<div class="layout"><div class="page-header"><div class="crumb">客户管理 / 客户详情</div>
      <div class="page-header-heading"><span class="page-header-heading-title">${title}</span> <span class="tag">服务中</span></div></div>
     <div class="card"><div class="card-title">企业信息</div><table>
      <tr><td class="label">客户编号</td><td>KH-00812</td><td class="label">公司电话</td><td>0571-8766 2013</td></tr>
      <tr><td class="label">客户经理</td><td>韦晴</td><td class="label">详细地址</td><td>杭州市西湖区文三路 90 号 7 楼</td></tr></table></div></div>`;

  it('a company’s name in the page header is the record’s name and company', () => {
    const v = read(page('杭州青禾电子科技有限公司'), 'https://crm.example/customer/detail/812', 'zh-CN');
    expect(v.name).toBe('杭州青禾电子科技有限公司');
    expect(v.company).toBe('杭州青禾电子科技有限公司');
  });

  it('a page header titled by the view is no name', () => {
    const v = read(page('客户详情'), 'https://crm.example/customer/detail/812', 'zh-CN');
    expect(v.name).toBeUndefined();
  });
});

describe('code words of a record’s kind in more languages', () => {
  it('Spanish: ID de estudiante is the customer code', () => {
    const v = read(
      `<main><h2>Lucía Ferrer Soto</h2><div class="grid">
       <div><div class="label">Nombre</div><div>Lucía Ferrer Soto</div></div>
       <div><div class="label">ID de estudiante</div><div>CL-2022-0871</div></div></div></main>`,
      'https://crm.example/index.php?q=/students/view&personID=0000009911',
      'es',
    );
    expect(v.customerId).toBe('CL-2022-0871');
  });

  it('Portuguese: Código do aluno is the customer code', () => {
    const v = read(
      `<main><h2>Rafael Monteiro Dias</h2><dl><dt>Nome</dt><dd>Rafael Monteiro Dias</dd><dt>Código do aluno</dt><dd>AL-55012</dd></dl></main>`,
      'https://crm.example/alunos/55012',
      'pt-BR',
    );
    expect(v.customerId).toBe('AL-55012');
  });
});

describe('typed numbers in Turkish', () => {
  it('GSM and Ev chips type the numbers; a relative’s (Yakını) is not hers', () => {
    const v = read(
      `<main><h3>Müşteri Bilgileri</h3><dl><dt>Ad Soyad</dt><dd>Selin Arıkan</dd>
       <dt>Telefonlar</dt><dd><div><span class="chip">GSM</span>0533 702 11 84</div><div><span class="chip">Ev</span>0232 441 09 63</div>
       <div><span class="chip">Yakını</span>0542 118 30 27 (Kemal Arıkan)</div></dd></dl></main>`,
      'https://crm.example/musteri/4410',
      'tr',
    );
    expect(digits(v.mobile)).toBe('05337021184');
    expect(digits(v.phone)).toBe('02324410963');
  });
});

describe('a Hebrew label written with the gershayim mark', () => {
  it('דוא״ל (U+05F4) labels the e-mail, as דוא"ל does', () => {
    const doc = parsePage(
      `<html lang="he"><head><title>Customer</title></head><body><main><h2>תמר אלון</h2><div class="grid">
       <div class="label">שם מלא</div><div>תמר אלון</div><div class="label">טלפון</div><div>+972 3-555-0142</div>
       <div class="label">דוא״ל</div><div>tamar.alon@mail.example</div></div></main></body></html>`,
    );
    const email = extractCustomer(doc, 'https://crm.example/clients/771', NOW, undefined, { adapters: [] }).fields
      .email;
    expect(email?.value).toBe('tamar.alon@mail.example');
    expect(email?.source.label).toBe('דוא״ל');
  });
});

describe('a Vietnamese role in charge is the owner', () => {
  it('Tư vấn viên phụ trách (the adviser in charge)', () => {
    const v = read(
      `<main><h3>Chi tiết khách hàng</h3><div class="row"><span class="k">Họ và tên</span><span>Đỗ Minh Châu</span></div>
       <div class="row"><span class="k">Di động</span><span>0912 448 203</span></div>
       <div class="row"><span class="k">Tư vấn viên phụ trách</span><span>Vũ Hoàng Nam</span></div></main>`,
      'https://crm.example/khach-hang?view=44',
      'vi',
    );
    expect(v.owner).toBe('Vũ Hoàng Nam');
  });
});

describe('a Polish patient card', () => {
  const card = `<main><h2>Karta pacjenta</h2>
    <div><label for="i">Imię</label><input id="i" value="Marta" readonly></div>
    <div><label for="n">Nazwisko</label><input id="n" value="Zalewska" readonly></div>
    <div><label for="u">Ulica i nr</label><input id="u" value="ul. Polna 12/3" readonly></div>
    <div><label for="k">Kod pocztowy</label><input id="k" value="30-114" readonly></div>
    <div><label for="m">Miejscowość</label><input id="m" value="Kraków" readonly></div>
    <div><label for="o">Opiekun pacjenta</label><input id="o" value="Ewa Sikora" readonly></div></main>`;

  it('Ulica i nr (street and number) starts the address', () => {
    const v = read(card, 'https://crm.example/pacjenci/karta/18', 'pl');
    expect(v.address).toContain('ul. Polna 12/3');
    expect(v.address).toContain('Kraków');
  });

  it('Opiekun pacjenta (the clinic’s patient carer) is the owner', () => {
    const v = read(card, 'https://crm.example/pacjenci/karta/18', 'pl');
    expect(v.owner).toBe('Ewa Sikora');
  });
});
