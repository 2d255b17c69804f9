// Classes of WRONG values seen on CRMs the extractor was not written against (docs/benchmarks.md,
// "Generalisation", round 4): each rule on a small page of our own (made-up markup and values).
import { identityOf } from '@/utils/core/schemas/customer';
import { recordFromUrl, urlNamesOtherObject } from '@/utils/core/url-record';
import { classReader } from './class-page';

const NOW = new Date('2026-11-27T10:00:00Z');
const { context: read, values } = classReader('zh-CN', NOW);

describe('a code the record shows beats any other id', () => {
  it('a bare 编号 / Code is the customer code, after a specific label and only when code-shaped', () => {
    const modal = `<div class="detail"><div class="row"><span class="k">编号</span><span class="v">QX-00731</span></div>
      <div class="row"><span class="k">姓名</span><span class="v">沈一鸣</span></div>
      <div class="row"><span class="k">手机</span><span class="v">13766661234</span></div></div>`;
    const ctx = read(modal, 'https://app.example/sheet/88001/item/99000017');
    expect(ctx.fields.customerId?.value).toBe('QX-00731');
    const form = `<form class="party"><table><tr><td><label for="c">Code:</label></td><td><input id="c" value="PA0042" readonly></td></tr>
      <tr><td><label for="n">Name:</label></td><td><input id="n" value="Orla Quinn"></td></tr>
      <tr><td><label for="e">E-Mail:</label></td><td><input id="e" value="orla@example.org"></td></tr></table></form>`;
    expect(values(form, 'https://erp.example/#db/model/party.party/55', 'en').customerId).toBe('PA0042');
    // A specific label wins over a bare one that comes first; a sentence under "Number" is no code.
    const both = `<dl class="detail"><dt>编号</dt><dd>BD-1</dd><dt>客户编号</dt><dd>KH-2002</dd>
      <dt>姓名</dt><dd>吴桐</dd><dt>手机</dt><dd>13811112222</dd></dl>`;
    expect(values(both).customerId).toBe('KH-2002');
    const sentence = `<dl class="detail"><dt>Name</dt><dd>Rhea Moss</dd><dt>Email</dt><dd>rhea@example.org</dd>
      <dt>Number</dt><dd>see the ticket history for 3 cases</dd></dl>`;
    expect(values(sentence, undefined, 'en').customerId).toBeUndefined();
  });

  it("a conversation's or a contract's URL id is not the customer's; the customer's own link is", () => {
    expect(recordFromUrl('https://desk.example/conversation/7781?folder_id=3')).toBeNull();
    expect(urlNamesOtherObject('https://desk.example/conversation/7781?folder_id=3')).toBe(true);
    expect(recordFromUrl('https://erp.example/contrat/card.php?id=9')).toBeNull();
    expect(recordFromUrl('https://desk.example/tickets/5512')).toBeNull();
    expect(recordFromUrl('https://crm.example/customers/55')).toMatchObject({ id: '55' });
    const page = `<main class="thread"><h2>Printer jam again</h2><p>From <a href="/customers/8/edit">Other Person</a></p></main>
      <aside class="customer-profile"><a href="/customers/301/edit" class="customer-name">Nia Rowe</a>
      <ul><li><a href="mailto:nia@rowe.example">nia@rowe.example</a></li></ul>
      <dl><dt>Phone</dt><dd>020 7946 0321</dd><dt>Company</dt><dd>Rowe Optics</dd></dl></aside>`;
    const ctx = read(page, 'https://desk.example/conversation/7781?folder_id=3', 'en-GB');
    expect(ctx.fields.customerId).toBeUndefined();
    expect(ctx.record).toEqual({ id: '301', entity: 'customers', from: 'link' });
    expect(identityOf(ctx)?.rec).toBe('rec:https://desk.example#customers/301');
  });
});

describe('a split address is read whole, and only the address', () => {
  it('a cell holding two parts ("邮编 / 城市", "省/州") after the street', () => {
    const v =
      values(`<table class="detail"><tr><td>姓名</td><td>顾晓</td></tr><tr><td>手机</td><td>13655550000</td></tr>
      <tr><td>地址</td><td>文三路77号</td></tr><tr><td>邮编 / 城市</td><td>310012 杭州</td></tr>
      <tr><td>省/州</td><td>浙江省</td></tr><tr><td>国家</td><td>中国</td></tr></table>`);
    expect(v.address).toBe('文三路77号, 310012 杭州, 浙江省, 中国');
  });

  it('a postcode-first address in a fieldset: part labels are never address text', () => {
    const v = values(`<form class="form-horizontal"><fieldset><legend>基本資料</legend>
      <div class="g"><label>要保人姓名</label><p>周雅雯</p></div><div class="g"><label>行動電話</label><p>0912-345-678</p></div>
      </fieldset><fieldset><legend>通訊地址</legend><div class="row">
      <div class="g"><label>郵遞區號</label><p>403</p></div><div class="g"><label>縣市</label><p>臺中市</p></div>
      <div class="g"><label>鄉鎮市區</label><p>西區</p></div><div class="g"><label>地址</label><p>公益路50號8樓</p></div>
      </div></fieldset></form>`);
    expect(v.address).toBe('403, 臺中市, 西區, 公益路50號8樓');
    expect(v.name).toBe('周雅雯');
  });

  it('Hong Kong parts smallest first; an e-mail (電郵地址) is never part of it', () => {
    const v = values(`<dl class="profile"><dt>姓名</dt><dd>何思敏</dd><dt>流動電話</dt><dd>+852 6123 4567</dd>
      <dt>電郵地址</dt><dd>sm.ho@mail.example</dd><dt>室</dt><dd>8室</dd><dt>樓層</dt><dd>21樓</dd>
      <dt>大廈</dt><dd>海濱廣場</dd><dt>街道</dt><dd>英皇道100號</dd><dt>地區</dt><dd>北角</dd><dt>區域</dt><dd>香港島</dd></dl>`);
    expect(v).toMatchObject({
      email: 'sm.ho@mail.example',
      mobile: '+85261234567',
      address: '8室, 21樓, 海濱廣場, 英皇道100號, 北角, 香港島',
    });
  });

  it('an address under its section title, one line per element', () => {
    const v = values(
      `<aside class="customer"><a class="customer-name" href="/c/1">Ivo Grant</a>
      <div class="sec"><div class="sec-title">Address</div><div>2 Mill Lane</div><div>Leeds LS1 4AB</div><div>United Kingdom</div></div>
      <div class="sec"><div class="sec-title">Phone</div><div>0113 496 0000</div></div></aside>`,
      undefined,
      'en',
    );
    expect(v.address).toBe('2 Mill Lane, Leeds LS1 4AB, United Kingdom');
  });
});

describe('sign dates', () => {
  it('签约日期 wins over an account-opening date, which is no sign date at all', () => {
    const v = values(`<div class="detail"><dl><dt>姓名</dt><dd>魏然</dd><dt>手机</dt><dd>13512340000</dd>
      <dt>开户日期</dt><dd>2012-04-09</dd></dl><dl><dt>签约日期</dt><dd>2025-09-30</dd></dl></div>`);
    expect(v.signDate).toBe('2025-09-30');
    const only = values(`<dl class="detail"><dt>姓名</dt><dd>魏然</dd><dt>手机</dt><dd>13512340000</dd>
      <dt>开户日期</dt><dd>2012-04-09</dd></dl>`);
    expect(only.signDate).toBeUndefined();
  });

  it('day first on a plain-"en" page whose record is British; month first on a US one', () => {
    const card = (
      addr: string,
    ) => `<dl class="detail"><dt>Name</dt><dd>Tom Hale</dd><dt>Email</dt><dd>t@hale.example</dd>
      <dt>Address</dt><dd>${addr}</dd><dt>Contract Start</dt><dd>04/07/2025</dd></dl>`;
    expect(values(card('9 Kings Road, Bath BA1 2AB, United Kingdom'), undefined, 'en').signDate).toBe('2025-07-04');
    expect(values(card('9 Kings Road, Austin, TX 78701, USA'), undefined, 'en').signDate).toBe('2025-04-07');
    // A page that says its region keeps it.
    expect(values(card('9 Kings Road, Bath BA1 2AB, United Kingdom'), undefined, 'en-US').signDate).toBe('2025-04-07');
  });
});

describe('names, e-mails, ids and phones', () => {
  it('a section title (要保人資料, 客戶詳情) is never the name; 要保人姓名 is', () => {
    const v = values(`<div class="page"><h3>要保人資料</h3><div class="g"><label>要保人姓名</label><p>葉子涵</p></div>
      <div class="g"><label>行動電話</label><p>0933-222-111</p></div><div class="g"><label>電子郵件</label><p>z@h.example</p></div></div>`);
    expect(v.name).toBe('葉子涵');
    const heading = values(`<div class="page"><h3>客戶詳情</h3><dl><dt>行動電話</dt><dd>0933-222-111</dd>
      <dt>電子郵件</dt><dd>z@h.example</dd><dt>性別</dt><dd>女</dd></dl></div>`);
    expect(heading.name).toBeUndefined();
  });

  it('a heading with a romanised name after it: the name is its own text', () => {
    const v = values(`<section class="profile"><h2>梁家豪 <span class="sub">LEUNG Ka Ho · 尊尚客戶</span></h2>
      <dl><dt>流動電話</dt><dd>+852 9123 4567</dd><dt>香港身份證號碼</dt><dd>C668668(E)</dd><dt>性別</dt><dd>男</dd></dl></section>`);
    expect(v.name).toBe('梁家豪');
  });

  it('a Hong Kong identity card number with a valid check character', () => {
    const page = (id: string) =>
      values(
        `<dl class="detail"><dt>姓名</dt><dd>梁家豪</dd><dt>流動電話</dt><dd>+852 9123 4567</dd><dt>香港身份證號碼</dt><dd>${id}</dd></dl>`,
      );
    expect(page('Y482163(5)').idNumber).toBe('Y482163(5)');
    expect(page('Y482163(6)').idNumber).toBeUndefined();
  });

  it('an e-mail link after its type word: the address, not the word glued to it', () => {
    const v = values(
      `<div class="contact"><h1>Ada Brook</h1><dl><dt>Email</dt><dd><ul><li><span class="type">Work</span><a href="mailto:ada@brook.example">ada@brook.example</a></li></ul></dd>
      <dt>Phone</dt><dd>+1 415 555 0100</dd></dl></div>`,
      undefined,
      'en',
    );
    expect(v.email).toBe('ada@brook.example');
  });

  it('a backup landline beside a mobile under 联系电话: mobile and phone both kept', () => {
    const v = values(`<dl class="detail"><dt>姓名</dt><dd>韩笑</dd><dt>联系电话</dt><dd>13900002222</dd>
      <dt>备用电话</dt><dd>0571-8888 1234</dd></dl>`);
    expect(v).toMatchObject({ mobile: '13900002222', phone: '057188881234' });
  });
});

describe('labels written as bare text before their control', () => {
  it('reads "Label<input>" and "Label<select>" (the selected option) in one element', () => {
    const v = values(
      `<form class="edit"><div class="row">
      <div class="col"><div class="form-group">Código<input name="k" value="000517" readonly></div></div>
      <div class="col"><div class="form-group">Nombre<input name="n" value="Marta Gil Romero"></div></div>
      <div class="col"><div class="form-group">Teléfono 1<input type="tel" name="t1" value="913 555 010"></div></div>
      <div class="col"><div class="form-group">Email<input type="email" name="e" value="marta@gil.example"></div></div>
      <div class="col"><div class="form-group">Agente<select name="a"><option value="">------</option><option>Pablo Núñez</option><option selected>Sara Vidal</option></select></div></div>
      <div class="col"><div class="form-group">Plan contratado<input name="p" value="Dental Familia"></div></div>
      <div class="col"><div class="form-group">Fecha firma contrato<input name="f" value="03-02-2025"></div></div>
      </div></form>`,
      undefined,
      'es',
    );
    expect(v).toMatchObject({
      customerId: '000517',
      name: 'Marta Gil Romero',
      phone: '913555010',
      email: 'marta@gil.example',
      owner: 'Sara Vidal',
      product: 'Dental Familia',
      signDate: '2025-02-03',
    });
  });
});

describe('bare-text labels in a dialog the stylesheet hides', () => {
  it('are never read (a quick-create form on a home page)', () => {
    const ctx = read(`<style>.quick-new{display:none}</style><div class="portal"><div class="box">我的日程</div></div>
      <div class="quick-new"><div>快速新建</div><div>客户姓名：<input value="任晓"></div><div>手机号码：<input value="13700001111"></div></div>`);
    expect(ctx.fields).toEqual({});
  });
});

describe("a help desk's user page that shows a customer", () => {
  it('Organization, Support Plan and Contract Signed (m/d/yy) make its user a customer', () => {
    const ctx = read(
      `<div id="content"><h2><a href="users.php?id=31">Lena Fox</a></h2>
      <table class="info"><tr><th>Name:</th><td>Lena Fox</td></tr><tr><th>Email:</th><td>lena@fox.example</td></tr>
      <tr><th>Organization:</th><td>Fox Veterinary</td></tr></table>
      <table class="info"><tr><th>Phone Number:</th><td>(415) 555-0177</td></tr>
      <tr><th>Support Plan:</th><td>Gold Care</td></tr><tr><th>Contract Signed:</th><td>7/4/24</td></tr></table>
      <ul class="tabs"><li>User Tickets</li><li>Notes</li></ul></div>`,
      'https://desk.example/scp/users.php?id=31',
      'en',
    );
    expect(ctx.noCustomer).toBeUndefined();
    expect(Object.fromEntries(Object.entries(ctx.fields).map(([k, v]) => [k, v.value]))).toMatchObject({
      name: 'Lena Fox',
      company: 'Fox Veterinary',
      product: 'Gold Care',
      signDate: '2024-07-04',
    });
  });
});
