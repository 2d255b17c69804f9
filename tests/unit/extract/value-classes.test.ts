// Round 15's classes of wrong and missed values (docs/adapters.md, "Round 15: values"): each rule on a small page of
// our own (made-up markup and values, never the held-out pages' own).
import { recordFromUrl } from '@/utils/core/url-record';
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { context, values } = classReader('en', NOW);

describe('the code at the record’s head beats the URL’s id', () => {
  const card = (codeLabel: string, code: string) => `<h2>Riverside Bakery Ltd</h2><dl class="card">
    <dt>${codeLabel}</dt><dd>${code}</dd><dt>Company code</dt><dd>304518276</dd><dt>VAT code</dt><dd>GB100010578</dd>
    <dt>Address</dt><dd>14 Mill Road, Leeds LS2 7AA</dd><dt>Phone</dt><dd>+44 113 496 0021</dd></dl>`;

  it('a lettered code under a bare code word, first on the card, is the code: whatever the language’s word', () => {
    expect(values(card('Kodas', 'R-0417'), 'https://books.example/clients/view/77120').customerId).toBe('R-0417');
    expect(values(card('Code', 'RB0033'), 'https://books.example/clients/view/77120').customerId).toBe('RB0033');
  });

  it('a code in the record’s title block under its kind’s code word ("Listing no.") is the code', () => {
    const page = `<div class="head"><h2>Flat 12, Harbour View</h2><span>Listing no.: <b>HV2603-0118</b></span></div>
      <table><tr><td>Owner name</td><td>Ann Lee</td></tr><tr><td>Mobile</td><td>+44 7700 900 331</td></tr></table>`;
    expect(values(page, 'https://agency.example/listing/detail?listingId=902211').customerId).toBe('HV2603-0118');
  });

  it('not a tax, company or other object’s code, not one after the record’s fields, nor when the page shows the URL’s id', () => {
    // The VAT code alone at the head is no record's code.
    const vat = `<h2>Riverside Bakery Ltd</h2><dl class="card"><dt>VAT code</dt><dd>GB100010578</dd>
      <dt>Address</dt><dd>14 Mill Road, Leeds LS2 7AA</dd><dt>Phone</dt><dd>+44 113 496 0021</dd></dl>`;
    expect(values(vat, 'https://books.example/clients/view/77120').customerId).toBeUndefined();
    const order = `<h2>Riverside Bakery Ltd</h2><p>Order no.: <b>SO-20417</b></p><dl class="card">
      <dt>Address</dt><dd>14 Mill Road, Leeds LS2 7AA</dd><dt>Phone</dt><dd>+44 113 496 0021</dd></dl>`;
    expect(values(order, 'https://books.example/clients/view/77120').customerId).toBeUndefined();
    const after = `<h2>Riverside Bakery Ltd</h2><dl class="card"><dt>Address</dt><dd>14 Mill Road, Leeds LS2 7AA</dd>
      <dt>Phone</dt><dd>+44 113 496 0021</dd><dt>Code</dt><dd>RB0033</dd></dl>`;
    // (A bare "Code" under the fields is still the weak code label's: only a code-shaped value.)
    expect(values(after, 'https://books.example/clients/view/77120').customerId).toBe('RB0033');
    const shown = card('Ref', 'R-0417').replace('</dl>', '<dt>Id</dt><dd>77120</dd></dl>');
    expect(context(shown, 'https://books.example/clients/view/77120').fields.customerId?.value).not.toBe('R-0417');
  });
});

describe('a name is one spelling', () => {
  it('a name written again in a right-to-left script (in a bdi or not) is its first spelling; the owner’s too', () => {
    const page = `<div class="card"><h3>客户基本信息</h3>
      <div class="kv"><span class="k">客户名称</span><span>热依拉·阿不都 <bdi dir="rtl">رەيلا ئابدۇ</bdi></span></div>
      <div class="kv"><span class="k">联系电话</span><span>13899120456</span></div>
      <div class="kv"><span class="k">客户经理</span><span>马小燕 ما شياۋيەن</span></div></div>`;
    const v = values(page, 'https://crm.example/cust/view?custId=66120', 'zh-CN');
    expect(v.name).toBe('热依拉·阿不都');
    expect(v.owner).toBe('马小燕');
    const hebrew = `<dl class="card"><dt>Name</dt><dd>Dana Levi דנה לוי</dd><dt>Email</dt><dd>dana@levi.example</dd></dl>`;
    expect(values(hebrew, 'https://crm.example/contacts/4410').name).toBe('Dana Levi');
  });

  it('a name in two left-to-right scripts stays whole (an English name beside the Chinese one)', () => {
    const page = `<dl class="card"><dt>Name</dt><dd>Nora Chen</dd><dt>Email</dt><dd>nora@chen.example</dd>
      <dt>Account manager</dt><dd>Grace 林雯</dd></dl>`;
    expect(values(page, 'https://crm.example/contacts/4410').owner).toBe('Grace 林雯');
  });
});

describe('a WeCom / WeChat contact: the remark name, not the nickname', () => {
  it('备注名 and 备注企业 are the customer’s name and company', () => {
    const page = `<div class="head"><div class="nick">Sunny🌻<span class="wx">@微信</span></div>
      <div>备注名：<span>陶雨萱</span></div></div>
      <table><tr><th>手机号</th><td>13605718842</td><th>备注企业</th><td>杭州青禾文化传媒有限公司</td></tr></table>`;
    const v = values(page, 'https://scrm.example/customer/detail?ext_customer_id=55120', 'zh-CN');
    expect(v.name).toBe('陶雨萱');
    expect(v.company).toBe('杭州青禾文化传媒有限公司');
  });

  it('a line "备注：" with a Chinese name under the nickname is the name; a remark that is a note is not', () => {
    const head = (
      remark: string,
    ) => `<div class="drawer"><div class="top"><div class="nick">小鹿<span>@微信</span></div>
      <div class="sub">备注：${remark}</div></div>
      <table><tr><th>手机号</th><td>13605718842</td><th>邮箱</th><td>tao@mail.example</td></tr></table></div>`;
    expect(values(head('陶雨萱'), 'https://scrm.example/customer', 'zh-CN').name).toBe('陶雨萱');
    expect(values(head('老客户转介绍'), 'https://scrm.example/customer', 'zh-CN').name).not.toBe('老客户转介绍');
    expect(values(head('王总推荐'), 'https://scrm.example/customer', 'zh-CN').name).not.toBe('王总推荐');
  });

  it('an external customer id parameter after a qualifier keys the record; a parent’s or referrer’s does not', () => {
    expect(recordFromUrl('https://scrm.example/customer/detail?ext_customer_id=55120')?.id).toBe('55120');
    expect(recordFromUrl('https://scrm.example/x/detail?parent_customer_id=55120')).toBeNull();
    expect(recordFromUrl('https://scrm.example/x/detail?ref_customer_id=55120')).toBeNull();
  });
});

describe('titles and lines around a name', () => {
  it('a box’s title over the name that the tab’s title writes is no name: the line under it is', () => {
    const page = (tab: string) => `<title>${tab}</title><div class="panel"><h3>Visitenkarte</h3>
      <div class="big">Jonas Albrecht</div>
      <div class="f"><span class="k">E-Mail</span><span>jonas@albrecht.example</span></div>
      <div class="f"><span class="k">Telefon</span><span>+49 30 901820</span></div></div>`;
    expect(values(page('Jonas Albrecht – SalesDesk'), 'https://crm.example/p/4410', 'de').name).toBe('Jonas Albrecht');
    // The tab naming someone else says nothing of the line under the title.
    expect(values(page('Mia Roth – SalesDesk'), 'https://crm.example/p/4410', 'de').name).not.toBe('Jonas Albrecht');
  });

  it('a line of dated facts under the owner’s name is no part of it', () => {
    const page = `<dl class="card"><dt>Name</dt><dd>Nora Chen</dd><dt>Email</dt><dd>nora@chen.example</dd></dl>
      <div class="box"><div class="box-head">Account manager</div><div class="box-body"><div><b>Liam Frost</b></div>
      <div class="muted">Added 2025-10-11 09:03 · via QR code</div></div></div>`;
    expect(values(page, 'https://crm.example/contacts/4410').owner).toBe('Liam Frost');
  });
});

describe('company names by their Baltic legal form', () => {
  it('UAB / SIA before the name, OÜ after it, name a company record', () => {
    for (const name of ['UAB „Vilniaus medis“', 'SIA „Rīgas maiznīca“', 'Tallinna Puit OÜ']) {
      const page = `<h2>${name}</h2><dl class="card"><dt>Email</dt><dd>info@firm.example</dd>
        <dt>Phone</dt><dd>+370 5 210 4471</dd></dl>`;
      const ctx = context(page, 'https://books.example/clients/view/77120');
      expect(ctx.entity).toBe('company');
      expect(ctx.fields.company?.value).toBe(name);
    }
  });
});

describe('a clinic’s record in Taiwan', () => {
  it('病歷號 is the record’s code; a zero-padded ROC year is the ROC calendar’s', () => {
    const page = `<table class="frm"><tr><td>病歷號：</td><td><span>0058213</span></td><td>姓名：</td><td><span>簡雅婷</span></td></tr>
      <tr><td>出生日期：</td><td><span>081/09/03</span></td><td>行動電話：</td><td><span>0912-345-678</span></td></tr></table>`;
    const v = values(page, 'https://his.example/patient/basic', 'zh-Hant-TW');
    expect(v.customerId).toBe('0058213');
    expect(v.birthDate).toBe('1992-09-03');
  });
});

describe('fields of a record read whole', () => {
  it('"Name / Company name" in one label is the name', () => {
    const page = `<div class="frm"><label>Código</label><span>00291</span><label>Nombre / Razón social</label>
      <span>Julieta Paz Romero</span><label>Email</label><span>julieta@romero.example</span></div>`;
    expect(values(page, 'https://erp.example/clientes/ver/55120', 'es-AR').name).toBe('Julieta Paz Romero');
  });

  it('what the customer is interested in is the product when nothing is bought (意向专业, Érdeklődés)', () => {
    const zh = `<table class="desc"><tr><th>姓名</th><td>钱思雨</td><th>手机号</th><td>13700112233</td></tr>
      <tr><th>意向专业</th><td>会计学（专升本）</td><th>所学专业</th><td>市场营销</td></tr></table>`;
    expect(values(zh, 'https://edu.example/customer/88120', 'zh-CN').product).toBe('会计学（专升本）');
    const hu = `<div class="f"><span class="k">Név</span><span>Tóth Anna</span></div>
      <div class="f"><span class="k">E-mail</span><span>anna@toth.example</span></div>
      <div class="f"><span class="k">Érdeklődés</span><span>Hőszivattyú 9 kW</span></div>`;
    expect(values(hu, 'https://crm.example/p/5520', 'hu').product).toBe('Hőszivattyú 9 kW');
  });
});

describe('a purchase table’s date column by its values', () => {
  it('beside a product column, the one column of dates is the purchase’s date, whatever its title’s language', async () => {
    const { latestPurchase } = await import('@/utils/extract/generic/purchases');
    const table = (dateTitle: string) => {
      const doc = new DOMParser().parseFromString(
        `<table><tr><th>Chek</th><th>${dateTitle}</th><th>Mahsulot</th><th>Summa</th></tr>
        <tr><td>00471</td><td>18.10.2025</td><td>Qishki kurtka</td><td>900 000</td></tr>
        <tr><td>00512</td><td>02.11.2025</td><td>Jun sharf</td><td>150 000</td></tr></table>`,
        'text/html',
      );
      return doc.querySelector('table') as HTMLTableElement;
    };
    const env = { cache: new Map(), order: { order: 'dmy', lang: 'uz' } } as never;
    expect(latestPurchase(table('Sana'), env).map((f) => f.value)).toEqual(['Jun sharf', '2025-11-02']);
    // A period's end is no purchase date.
    expect(latestPurchase(table('Valid until'), env)).toEqual([]);
    // Russian "until": a Cyrillic word, which a \b (ASCII word boundary) never ends.
    expect(latestPurchase(table('Действует до'), env)).toEqual([]);
  });
});
