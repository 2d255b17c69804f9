// Round 21's wrong and invented values as classes (docs/adapters.md, "Session 20: round 21's wrong values"). Each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-01T10:00:00Z');

/** The customer's values of a whole page (its <title> included) at `url`, adapters off. */
function read(title: string, body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const dl = (rows: [string, string][]) => `<dl>${rows.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const table = (rows: [string, string][]) =>
  `<table>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

describe('a heading naming the record’s kind is no name', () => {
  // Tok Pisin-like captions this reader has no words for, beside an e-mail it knows.
  const rows = (heading: string) =>
    `<div class="card"><h2>${heading}</h2>${dl([
      ['Kastoma namba', 'KP-5531'],
      ['Email', 'w.kila@mail.example'],
      ['Phone', '+675 472 1180'],
      ['Ples', 'Lae, Morobe'],
      ['Kastoma ofisa', 'Rose Tau'],
    ])}</div>`;
  it('a heading sharing a word with the record’s captions ("Kastoma infomesen" over "Kastoma namba") names no one', () => {
    const v = read('Kastoma infomesen', rows('Kastoma infomesen'), 'https://crm.example/customers/5531', 'tpi');
    expect(v.name).toBeUndefined();
    expect(v.email).toBe('w.kila@mail.example');
  });
  it('a person’s name over the same captions is the name', () => {
    expect(read('Wesley Kila', rows('Wesley Kila'), 'https://crm.example/customers/5531', 'tpi').name).toBe(
      'Wesley Kila',
    );
  });
  it('in a script without capitals, the record stays without a name; the code showing the URL’s id is its code', () => {
    // Georgian-like captions: "customer card" over "customer status", an e-mail and a mobile read by their shapes.
    const body = `<div class="content"><h1>მყიდველის ბარათი</h1><div class="box"><dl>${[
      ['მყიდველის სტატუსი', 'აქტიური'],
      ['მყიდველის შიფრი', 'GE-TB-4410'],
      ['ელ-ფოსტის მისამართი', 'nino.b@mail.example'],
      ['საკონტაქტო', '+995 599 12 34 56'],
    ]
      .map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`)
      .join('')}</dl></div></div>`;
    const v = read('მყიდველის ბარათი', body, 'https://crm.example/buyers/4410', 'ka');
    expect(v.name).toBeUndefined();
    expect(v.email).toBe('nino.b@mail.example');
    expect(v.customerId).toBe('GE-TB-4410');
  });
});

describe('a column title of a contacts table is no name', () => {
  it('a company record titled by its kind, over a 联系人 table: the company’s name is its name', () => {
    const body =
      `<h1>企业信息</h1><form>${['客户编号:HB-0088', '企业名称:杭州青禾包装材料有限公司', '企业电话:0571-8812 3345']
        .map(
          (p) => `<div class="item"><label>${p.split(':')[0]}:</label><div class="val">${p.split(':')[1]}</div></div>`,
        )
        .join('')}</form>` +
      `<h1>联系人</h1><table><thead><tr><th><div>联系人</div></th><th><div>职务</div></th><th><div>手机</div></th></tr></thead>` +
      `<tbody><tr><td>俞晓</td><td>采购主管</td><td>139 0571 2231</td></tr><tr><td>孔杰</td><td>财务</td><td>137 5710 0982</td></tr></tbody></table>`;
    const v = read('企业客户详情', body, 'https://crm.example/#/customer/company/view/88', 'zh-CN');
    expect(v.name).toBe('杭州青禾包装材料有限公司');
    expect(v.company).toBe('杭州青禾包装材料有限公司');
  });
});

describe('forms of address are no part of a name', () => {
  it('Luxembourgish Här and Afrikaans Mev. before the name: the name, and the gender they say', () => {
    const lb = read(
      'Client',
      table([
        ['Client', 'Här Jhang Weis'],
        ['Handy', '+352 691 772 310'],
      ]),
      'https://x.example/c/1',
      'lb',
    );
    expect(lb).toMatchObject({ name: 'Jhang Weis', gender: 'male' });
    const af = read(
      'Kliënt',
      table([
        ['Naam', 'Mev. Anri Botha'],
        ['Selfoon', '+27 82 555 0143'],
      ]),
      'https://x.example/c/2',
      'af',
    );
    expect(af).toMatchObject({ name: 'Anri Botha', gender: 'female' });
  });
  it('a Han name with the English title and surname it is called by is the Han name (owner and customer)', () => {
    const v = read(
      '學生資料',
      table([
        ['學生姓名', '陳家豪 Mr Chan'],
        ['聯絡電話', '6123 4567'],
        ['課程顧問', '何詠詩 Miss Ho'],
      ]),
      'https://x.example/students/3',
      'zh-HK',
    );
    expect(v).toMatchObject({ name: '陳家豪', owner: '何詠詩' });
  });
});

describe('an address split over two rows', () => {
  it('the postcode + town row under a caption of several parts follows the street row', () => {
    const v = read(
      'Client',
      table([
        ['Client', 'Anne Kremer'],
        ['Handy', '+352 621 334 455'],
        ['Adress', "5, route d'Arlon"],
        ['Postcode / Uertschaft', 'L-8009 Strassen'],
        ['Notiz', 'Rufft no 18 Auer'],
      ]),
      'https://x.example/c/7',
      'lb',
    );
    expect(v.address).toBe("5, route d'Arlon, L-8009 Strassen");
  });
});

describe('a property held is no address beside the postal one', () => {
  it('房产 (a flat and its floor area) loses to 通讯地址', () => {
    const v = read(
      '业主卡片',
      dl([
        ['业主姓名', '闻素琴'],
        ['手机', '13826601187'],
        ['房产', '云溪苑 5 栋 902（建筑面积 96.2 ㎡）'],
        ['通讯地址', '浙江省湖州市吴兴区 云溪苑 5 栋 902'],
      ]),
      'https://x.example/owners/9',
      'zh-CN',
    );
    expect(v.address).toBe('浙江省湖州市吴兴区 云溪苑 5 栋 902');
  });
});

describe('a mobile by its plan, and a pet’s birthday', () => {
  it('a Maldivian 7… and a Rwandan 78… number under a plain phone word are mobiles', () => {
    const mv = read(
      'Customer',
      dl([
        ['Name', 'Mariyam Hassan'],
        ['Phone', '+960 791 2288'],
      ]),
      'https://x.example/c/4',
      'en',
    );
    expect(mv.mobile).toBe('+9607912288');
    expect(mv.phone).toBeUndefined();
    const rw = read(
      'Customer',
      dl([
        ['Name', 'Jean Mugisha'],
        ['Phone', '+250 788 123 456'],
      ]),
      'https://x.example/c/5',
      'en',
    );
    expect(rw.mobile).toBe('+250788123456');
  });
  it('the birthday in the pet’s card is the pet’s, not its owner’s', () => {
    const body =
      `<div class="card"><h2>主人信息</h2>${dl([
        ['姓名', '骆思琪'],
        ['手机', '13520016672'],
      ])}</div>` +
      `<div class="card"><h2>宠物</h2>${dl([
        ['宠物名', '团子'],
        ['品种', '柯基'],
        ['生日', '2022-03-18'],
      ])}</div>`;
    const v = read('客户详情', body, 'https://x.example/customers/12', 'zh-CN');
    expect(v.name).toBe('骆思琪');
    expect(v.birthDate).toBeUndefined();
  });
});

describe('the languages round 21 showed half-read: their tables completed (lead, session 20)', () => {
  it('a Malagasy record: Anarana / Fanampin’anarana are surname and given names, Finday a mobile (+261 34…)', () => {
    const body = `<div class="card"><h2>Antsipirian’ny mpanjifa</h2>${dl([
      ['Laharana mpanjifa', 'MG-2044'],
      ['Anarana', 'RAZAFY'],
      ["Fanampin'anarana", 'Lova Tiana'],
      ['Finday', '+261 33 21 480 16'],
    ])}</div>`;
    const v = read('Antsipirian’ny mpanjifa', body, 'https://crm.example/mpanjifa/2044', 'mg');
    expect(v.name).toBe('Lova Tiana RAZAFY');
    expect(v.mobile).toBe('+261332148016');
    expect(v.phone).toBeUndefined();
  });
  it('a Haitian address joins its Komin and Depatman; a Turkmen patronymic sits between the given and family names', () => {
    const ht = read(
      'Kliyan',
      table([
        ['Non konplè', 'Wilner Joseph'],
        ['Adrès', 'Ri Lamarre #7, Jakmèl'],
        ['Komin', 'Jakmèl'],
        ['Depatman', 'Sidès'],
      ]),
      'https://crm.example/kliyan/88',
      'ht',
    );
    expect(ht.address).toContain('Sidès');
    const tk = read(
      'Müşderi',
      table([
        ['Familiýasy', 'Durdyýewa'],
        ['Ady', 'Jeren'],
        ['Atasynyň ady', 'Batyrowna'],
      ]),
      'https://crm.example/musderi/31',
      'tk',
    );
    expect(tk.name).toBe('Jeren Batyrowna Durdyýewa');
  });
});
