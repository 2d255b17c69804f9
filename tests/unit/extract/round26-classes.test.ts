// Round 26's wrong, invented and missed values, as classes (docs/adapters.md, "Session 26: round 26 opened"). Each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { pairRows, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T10:00:00Z');

const read = (body: string, url: string, lang: string, title?: string) =>
  readGenericValues(body, url, lang, NOW, title);

const rows = pairRows;

describe('pages that show no customer', () => {
  it("an agent's own record (/agents/<id>) with his mobile and e-mail is no customer", () => {
    const v = read(
      `<main><h1>Luis Navarro</h1><p>Senior Sales Agent</p>${rows([
        ['Agent ID', 'AG-2291'],
        ['Mobile', '+63 917 220 4418'],
        ['Email', 'luis.navarro@realty.example'],
        ['Branch', 'Makati'],
      ])}</main>`,
      'https://crm.example/agents/AG-2291',
      'fil',
    );
    expect(v).toEqual({});
  });

  it('search results whose tab title says so (सदस्य खोज), each row a member code, give no customer', () => {
    const results = ['AB-00417', 'AB-01288', 'AB-00903']
      .map(
        (code, i) =>
          `<div class="hit"><div class="t">सदस्य ${i}</div><div class="m">सदस्य नं. ${code} · पोखरा</div></div>`,
      )
      .join('');
    const v = read(
      `<div class="box"><p>३ नतिजा</p>${results}</div>`,
      'https://crm.example/members/find?q=x',
      'ne',
      'सदस्य खोज',
    );
    expect(v).toEqual({});
  });

  it('a task in the URL (taskId=…) is no customer key: the file’s own code is', () => {
    const v = read(
      `<main><h2>服务对象档案</h2>${rows([
        ['对象编号', 'YX-2024-00311'],
        ['姓名', '祁秀英'],
        ['住宅电话', '0512-6521 7720'],
        ['责任社工', '闻晓'],
      ])}</main>`,
      'https://crm.example/homecare/callback/task?taskId=HF-20251130-0042',
      'zh-CN',
    );
    expect(v.customerId).toBe('YX-2024-00311');
    expect(v.owner).toBe('闻晓');
  });
});

describe('words of the page’s language', () => {
  it('Serbian Cyrillic reads the Latin words transliterated (Број картона, Мобилни, Датум уговора, Координатор)', () => {
    const v = read(
      `<main><h2>Картон пацијента</h2>${rows([
        ['Број картона', 'КЛ-2025-0042'],
        ['Име и презиме', 'Милан Јовић'],
        ['Мобилни', '+381 64 118 2290'],
        ['Кућни', '+381 11 2233 445'],
        ['Пакет', 'Систематски преглед'],
        ['Датум уговора', '12.10.2025.'],
        ['Координатор пацијента', 'Ана Илић'],
      ])}</main>`,
      'https://crm.example/pacijenti/42',
      'sr-Cyrl',
    );
    expect(v.customerId).toBe('КЛ-2025-0042');
    expect(v.mobile).toBe('+381641182290');
    expect(v.phone).toBe('+381112233445');
    expect(v.signDate).toBe('2025-10-12');
    expect(v.owner).toBe('Ана Илић');
  });

  it('Kazakh possessive labels (Мекенжайы, Клиент менеджері) name the address and the owner', () => {
    const v = read(
      `<main><h2>Клиент картасы</h2>${rows([
        ['Аты-жөні', 'Мұқанов Арман Серікұлы'],
        ['Ұялы телефон', '+7 701 220 33 44'],
        ['Мекенжайы', 'Астана қ., Абай даңғылы, 12-үй, 4-пәтер'],
        ['Клиент менеджері', 'Айгүл Сейітова'],
      ])}</main>`,
      'https://crm.example/clients/8812',
      'kk',
    );
    expect(v.address).toBe('Астана қ., Абай даңғылы, 12-үй, 4-пәтер');
    expect(v.owner).toBe('Айгүл Сейітова');
  });

  it('Thai: นาย glued to the name says male; วันที่ทำสัญญาซื้อขาย is the signing', () => {
    const v = read(
      `<main><h2>ข้อมูลลูกค้า</h2>${rows([
        ['ชื่อ-นามสกุล', 'นายสมชาย ใจงาม'],
        ['โทรศัพท์มือถือ', '081-220-4431'],
        ['รุ่นรถ', 'Kaset Cab 2.4'],
        ['วันที่ทำสัญญาซื้อขาย', '05/10/2025'],
      ])}</main>`,
      'https://crm.example/dms/customers/2210',
      'th',
    );
    expect(v.name).toBe('สมชาย ใจงาม');
    expect(v.gender).toBe('male');
    expect(v.signDate).toBe('2025-10-05');
  });

  it('Lithuanian house and flat numbers (Namo nr., Buto nr.) are parts of the address', () => {
    const v = read(
      `<main><h2>Kliento kortelė</h2>${rows([
        ['Vardas', 'Ona'],
        ['Pavardė', 'Kazlauskienė'],
        ['Gatvė', 'Laisvės al.'],
        ['Namo nr.', '12'],
        ['Buto nr.', '7'],
        ['Miestas', 'Kaunas'],
      ])}</main>`,
      'https://crm.example/klientai/551',
      'lt',
    );
    expect(v.address).toBe('Laisvės al., 12, 7, Kaunas');
  });
});

describe('typed lists and values written beside other things', () => {
  it('a phone list whose items start with their type tag, a note after a dot (手机 · 本人 / 手机 · 丈夫 / 办公)', () => {
    const v = read(
      `<main><h2>客户详情</h2><table>
<tr><td class="label">客户姓名</td><td>滕婉</td></tr>
<tr><td class="label">联系电话</td><td><ul>
<li><span class="tag">手机 · 本人</span>139 2210 4471</li>
<li><span class="tag">手机 · 丈夫</span>138 5176 2093</li>
<li><span class="tag">办公</span>025-8468 3301</li></ul></td></tr></table></main>`,
      'https://crm.example/sales/customer/detail?id=9912',
      'zh-CN',
    );
    expect(v.mobile).toBe('13922104471');
    expect(v.phone).toBe('02584683301');
  });

  it('Swahili: Binafsi · M-Pesa is her mobile, Mume her husband’s, Ofisi a landline; Bi. says female; the Kenyan id', () => {
    const v = read(
      `<main><h2>Taarifa za Mwanachama</h2><dl>
<dt>Jina</dt><dd>Bi. Neema Achieng Otieno</dd>
<dt>Kitambulisho (ID)</dt><dd>28817042</dd>
<dt>Simu</dt><dd><ul>
<li><span class="label">Binafsi · M-Pesa</span>+254 722 118 094</li>
<li><span class="label">Mume</span>+254 733 902 110</li>
<li><span class="label">Ofisi</span>+254 20 445 1180</li></ul></dd>
<dt>Barua pepe</dt><dd><ul><li><span class="label">Binafsi</span>neema.otieno@mail.example</li></ul></dd></dl></main>`,
      'https://crm.example/members/view?id=4410',
      'sw',
    );
    expect(v.gender).toBe('female');
    expect(v.idNumber).toBe('28817042');
    expect(v.mobile).toBe('+254722118094');
    expect(v.phone).toBe('+254204451180');
    expect(v.email).toBe('neema.otieno@mail.example');
  });

  it('a recipient and number in brackets after a delivery address are no part of it', () => {
    const v = read(
      `<main><h2>买家信息</h2>${rows([
        ['姓名', '柯晓'],
        ['手机', '176 2083 1199'],
        ['收货地址', '福建省厦门市思明区 湖滨南路 8 号 1703（柯晓 176 2083 1199）'],
      ])}</main>`,
      'https://crm.example/member/M2025001',
      'zh-CN',
    );
    expect(v.address).toBe('福建省厦门市思明区 湖滨南路 8 号 1703');
  });
});

describe('what the record names by its trade', () => {
  it('a gas tariff category (用气类别) is the product; the meter’s model (表具型号) is not', () => {
    const v = read(
      `<main><h2>用户档案</h2>${rows([
        ['户名', '沈淑芳'],
        ['手机', '13991270011'],
        ['用气类别', '居民生活用气（阶梯一档）'],
        ['表具型号', 'G2.5 物联网表'],
        ['合同签订', '2024.03.15'],
      ])}</main>`,
      'https://crm.example/gas/yh/yhda.jsp?yhbh=0712040001',
      'zh-CN',
    );
    expect(v.product).toBe('居民生活用气（阶梯一档）');
  });

  it('the parent who signed (签约家长) and a hotline’s petitioner (诉求人) name the record’s person', () => {
    const v = read(
      `<main><h2>家庭档案</h2>${rows([
        ['家庭编号', 'JT-0419'],
        ['签约家长', '骆雨 女士'],
        ['联系手机', '155 2713 0011'],
      ])}</main>`,
      'https://crm.example/edu/family/JT-0419',
      'zh-CN',
    );
    expect(v.name).toBe('骆雨');
    expect(v.gender).toBe('female');
    expect(v.customerId).toBe('JT-0419');
    const w = read(
      `<main><h2>诉求人信息</h2>${rows([
        ['诉求人编号', 'SQR-0045128'],
        ['诉求人', '吴建'],
        ['来电号码', '139 7046 0011'],
      ])}</main>`,
      'https://crm.example/rx12345/hf/gdhf?gdbh=LC-20251126-0001',
      'zh-CN',
    );
    expect(w.name).toBe('吴建');
  });
});
