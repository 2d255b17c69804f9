// Values read by their shape under labels this reader has no word for (docs/adapters.md, "Values by their shape"):
// every page here is made-up markup whose field labels are invented words ("Plimbo", "Trosk"), so each case proves no
// word was needed — and the negatives prove a list, a dashboard, a settings page or the agent's own profile still gives
// no customer.
import { needsConfirmation } from '@/utils/extract/confidence';
import { isIdShape, isPhoneShape, shapeKeyOf } from '@/utils/extract/generic/value-shape';
import { extractCustomer } from '@/utils/extract';
import { classReader } from './class-page';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');
const { context, values } = classReader('en', NOW);
const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
const pair = (label: string, value: string) => `<dt>${label}</dt><dd>${value}</dd>`;
// A valid mainland id (birth date 1988-06-15, check digit 1).
const CN_ID = '440304198806152311';

describe('what a value says by its shape', () => {
  it('an e-mail, a phone written as one, an id by its own check; not a code, a date or a bare run of digits', () => {
    expect(shapeKeyOf('mirela.tandik@example.org')).toBe('email');
    expect(shapeKeyOf('+234 1 555 0142')).toBe('phone');
    expect(shapeKeyOf('139 0555 0188', 'zh-CN')).toBe('mobile');
    expect(shapeKeyOf('+44 7700 900123')).toBe('mobile');
    expect(shapeKeyOf(CN_ID)).toBe('idNumber');
    expect(shapeKeyOf('440304198806152312')).toBeNull(); // wrong check digit
    expect(shapeKeyOf('2024-03-15')).toBeNull();
    expect(shapeKeyOf('4471203381')).toBeNull(); // digits alone: any code
    expect(shapeKeyOf('HB-000982')).toBeNull();
    expect(isPhoneShape('020 7946 0958')).toBe(true);
    expect(isPhoneShape('30.00.1184')).toBe(false);
    expect(isPhoneShape('4471203381', true)).toBe(true); // a tel: link's text
    expect(isIdShape('C202400118')).toBe(false); // Taiwan's form, outside a Chinese page: a record code
  });
});

describe('inside the record region the labels chose', () => {
  it('takes an e-mail, a tel: mobile and an id under words it does not know, each marked as read by its shape', () => {
    const page = `<div class="card"><table>${row('客户姓名', '甘露晴')}${row('Plimbo', 'lu.gan@example.cn')}
      ${row('Trosk', '<a href="tel:13905550188">139 0555 0188</a>')}${row('Zorblat', CN_ID)}</table></div>`;
    const ctx = context(page, 'https://crm.example/kehu/2231', 'zh-CN');
    expect(Object.fromEntries(Object.entries(ctx.fields).map(([k, v]) => [k, v.value]))).toMatchObject({
      name: '甘露晴',
      email: 'lu.gan@example.cn',
      mobile: '13905550188',
      idNumber: CN_ID,
    });
    expect(ctx.fields.email?.source.label).toBe('Plimbo (by its shape)');
    expect(ctx.fields.mobile?.source.confidence).toBeLessThan(0.7);
    expect(needsConfirmation(ctx.fields)).toContain('mobile');
  });

  it('a label it knows decides: a labelled e-mail wins, an owner’s and a fax number are not the customer’s', () => {
    const page = `<div class="card"><table>${row('Name', 'Tomas Brevik')}${row('Email', 'tomas@brevik.example')}
      ${row('Plimbo', 'other@brevik.example')}${row('Owner', 'rep@crm-vendor.example')}
      ${row('Fax', '+47 22 55 01 99')}</table></div>`;
    const got = values(page, 'https://crm.example/klient/88');
    expect(got.email).toBe('tomas@brevik.example');
    expect(got.phone).toBeUndefined();
    expect(got.owner).toBeUndefined();
  });

  it('two e-mails or two numbers under unknown words: none of them (one may be a relative’s)', () => {
    const page = `<div class="card"><table>${row('Name', 'Ines Calder')}${row('Plimbo', 'ines@calder.example')}
      ${row('Vrask', 'paul@calder.example')}${row('Trosk', '+351 912 555 010')}${row('Kelm', '+351 213 555 020')}
      </table></div>`;
    const got = values(page, 'https://crm.example/klient/12');
    expect(got.name).toBe('Ines Calder');
    expect(got.email).toBeUndefined();
    expect(got.phone).toBeUndefined();
    expect(got.mobile).toBeUndefined();
  });

  it('an e-mail shown without a label elsewhere in the record makes the labelled-by-shape one unsure', () => {
    const page = `<div class="card"><table>${row('Name', 'Ines Calder')}${row('Plimbo', 'ines@calder.example')}</table>
      <p>paul@calder.example</p></div>`;
    expect(values(page, 'https://crm.example/klient/12').email).toBeUndefined();
  });

  it('never from a hidden tab or a closed dialog, never outside the region', () => {
    const page = `<div class="card"><table>${row('Name', 'Ines Calder')}${row('Phone', '+351 213 555 020')}</table>
      <div style="display:none"><table>${row('Plimbo', 'hidden@calder.example')}</table></div></div>
      <dialog><table>${row('Zorblat', CN_ID)}</table></dialog>`;
    const got = values(page, 'https://crm.example/klient/12');
    expect(got.email).toBeUndefined();
    expect(got.idNumber).toBeUndefined();
  });
});

describe('a record page in a language it has no words for', () => {
  const record = (extra = '') => `<header class="topbar"><span class="user-name">Opa Lenti</span></header>
    <main><h1>Mirela Vos Tandik</h1><dl class="fields">
      ${pair('Plimbo', '<a href="mailto:mirela.tandik@example.org">mirela.tandik@example.org</a>')}
      ${pair('Trosk', '<a href="tel:+23415550142">+234 1 555 0142</a>')}
      ${pair('Varnu', 'Kivu 12, Zembla')}${pair('Idenko', CN_ID)}${extra}</dl></main>`;

  it('the header is the name, the shapes give the rest — all to be confirmed where they identify', () => {
    const ctx = context(record(), 'https://crm.example/klanto/4411', 'xx');
    expect(Object.fromEntries(Object.entries(ctx.fields).map(([k, v]) => [k, v.value]))).toEqual({
      name: 'Mirela Vos Tandik',
      email: 'mirela.tandik@example.org',
      phone: '+23415550142',
      idNumber: CN_ID,
    });
    expect(needsConfirmation(ctx.fields)).toEqual(expect.arrayContaining(['name', 'phone']));
  });

  it('a label + input form in an invented language is such a record too', () => {
    const input = (id: string, label: string, value: string) =>
      `<div class="row"><label for="${id}">${label}</label><input id="${id}" value="${value}"></div>`;
    const page = `<h2>Ngozi Adaeze Okafor</h2><form>${input('a', 'Plimbo', 'ngozi.okafor@example.ng')}
      ${input('b', 'Trosk', '+234 1 555 0199')}${input('c', 'Varnu', 'Plot 4, Ikeja')}</form>`;
    expect(values(page, 'https://crm.example/#/klanto/77', 'xx')).toEqual({
      name: 'Ngozi Adaeze Okafor',
      email: 'ngozi.okafor@example.ng',
      phone: '+23415550199',
    });
  });

  it('a grid of caption + value boxes, and "Label: value" lines, are such records too', () => {
    const box = (label: string, value: string) =>
      `<div class="it"><div class="k">${label}</div><div class="v">${value}</div></div>`;
    const grid = `<div class="head"><h2>Dagny Ovre Lund</h2></div><div class="grid">${box('Plimbo', 'dagny@lund.example')}
      ${box('Trosk', '<a href="tel:+4721555012">+47 215 55 012</a>')}${box('Varnu', 'Kivu 12')}${box('Sorp', 'Aktiv')}</div>`;
    expect(values(grid, 'https://crm.example/kunde/5512', 'xx')).toEqual({
      name: 'Dagny Ovre Lund',
      email: 'dagny@lund.example',
      phone: '+4721555012',
    });
    const lines = `<section><h1>Rafa Oku Menet</h1><div class="info"><p>Plimbo: rafa.menet@example.org</p>
      <p>Trosk: +254 20 555 0142</p><p>Varnu: Kivu 12</p></div></section>`;
    expect(values(lines, 'https://crm.example/kunde/5513', 'xx')).toEqual({
      name: 'Rafa Oku Menet',
      email: 'rafa.menet@example.org',
      phone: '+254205550142',
    });
  });

  it('an open dialog over a list holds the record, the list behind it does not', () => {
    const rows = [1, 2, 3].map((n) => `<tr><td>Vela Marn ${n}</td><td>vela${n}@example.org</td></tr>`).join('');
    const page = `<main><h1>Klantoj</h1><table><thead><tr><th>Nomo</th><th>Plimbo</th></tr></thead><tbody>${rows}</tbody></table></main>
      <div role="dialog" aria-modal="true" class="sheet"><h2>Vela Marn Osk</h2><dl>${pair('Plimbo', 'vela.osk@example.org')}
      ${pair('Trosk', '+254 20 555 0177')}${pair('Varnu', 'Kivu 14')}</dl></div>`;
    expect(values(page, 'https://crm.example/klantoj', 'xx')).toEqual({
      name: 'Vela Marn Osk',
      email: 'vela.osk@example.org',
      phone: '+254205550177',
    });
    // Closed, the dialog is no record and the list is none.
    expect(values(page.replace('role="dialog"', 'role="dialog" hidden'), 'https://crm.example/klantoj', 'xx')).toEqual(
      {},
    );
  });

  it('no record in the URL, or a list word in it: no customer', () => {
    expect(values(record(), 'https://crm.example/klanto', 'xx')).toEqual({});
    expect(values(record(), 'https://crm.example/list/4411', 'xx')).toEqual({});
  });

  it('a page whose header names the signed-in agent (her own profile) is no customer', () => {
    const own = record().replace('<h1>Mirela Vos Tandik</h1>', '<h1>Opa Lenti</h1>');
    expect(values(own, 'https://crm.example/uzanto/4411', 'xx')).toEqual({});
  });

  it('a list of people with an e-mail in each row: no customer', () => {
    const card = (n: number) =>
      `<div class="person"><h3>Vela Marn ${n}</h3><dl>${pair('Plimbo', `vela${n}@example.org`)}${pair('Trosk', `+234 803 555 01${n}0`)}${pair('Varnu', `Kivu ${n}`)}</dl></div>`;
    const page = `<main><h1>Klantoj Grupo</h1>${card(1)}${card(2)}${card(3)}</main>`;
    expect(values(page, 'https://crm.example/grupo/77', 'xx')).toEqual({});
  });

  it('a dashboard with one contact card among other cards: no customer', () => {
    const stat = (label: string, value: string) =>
      `<div class="card"><span class="label">${label}</span><b>${value}</b></div>`;
    const page = `<main><h1>Panelo Semajna</h1><div class="cards">
      <div class="card"><h3>Jona Pell</h3><dl>${pair('Plimbo', 'jona.pell@example.org')}${pair('Trosk', '+44 20 7946 0958')}</dl></div>
      ${stat('Vendoj', '42')}${stat('Renkontoj', '7')}${stat('Taskoj', '13')}</div></main>`;
    expect(values(page, 'https://crm.example/panelo/31', 'xx')).toEqual({});
  });

  it('a settings page with the company’s support address and hotline: no customer', () => {
    const input = (id: string, label: string, value: string) =>
      `<div class="row"><label for="${id}">${label}</label><input id="${id}" value="${value}"></div>`;
    const page = `<h1>Sistemaj Agordoj</h1><form>${input('a', 'Firmao', 'Zembla Trade')}
      ${input('b', 'Subteno', 'support@zembla.example')}${input('c', 'Trosk', '+1 800 555 0100')}
      ${input('d', 'Horzono', 'UTC+1')}</form>`;
    expect(values(page, 'https://crm.example/agordoj/12', 'xx')).toEqual({});
    // A one-word title is a page's, not a person's (the hotline alone is no support address).
    const single = page
      .replace('Sistemaj Agordoj', 'Agordoj')
      .replace('support@zembla.example', 'Zembla Trade Ltd')
      .replace(/UTC\+1/, 'Kivu');
    expect(values(single, 'https://crm.example/agordoj/12', 'xx')).toEqual({});
  });
});

describe('round 13 classes: settings pages, contact people, slotted cards', () => {
  it('an account settings page in any language names no customer (its URL says settings, its title is no name)', () => {
    const field = (label: string, value: string) =>
      `<div class="f"><label>${label}</label><input value="${value}"></div>`;
    const page = `<div class="top">Kivo · <span>Eda Marn</span></div><h2>Nastavení účtu</h2><form>
      ${field('Firma', 'Eda Marn – studio')}${field('Ulice', 'Lipová 12')}${field('Telefon', '+420 731 555 018')}
      ${field('Plimbo', 'eda@marn-studio.example')}</form>`;
    expect(values(page, 'https://crm.example/edamarn/settings/account', 'cs')).toEqual({});
    expect(values(page, 'https://crm.example/app/einstellungen', 'cs')).toEqual({});
  });

  it('a company’s contact people, each named by a kind of contact (财务联系人, Billing contact): none of their numbers', () => {
    const page = `<div class="bar">客户信息</div><table>${row('客户名称', '杭州禾川织造有限公司')}${row('联系电话', '0571-8655 2210')}</table>
      <div class="bar">联系人</div><table><tr><td>业务联系人</td><td>鲍晓庆</td><td>手机</td><td>13905550121</td></tr>
      <tr><td>财务联系人</td><td>柏文涛</td><td>手机</td><td>13705550188</td></tr></table>`;
    const got = values(page, 'https://crm.example/cust/view?custCode=33010022', 'zh-CN');
    expect(got.name).toBe('杭州禾川织造有限公司');
    expect(got.phone).toBe('057186552210');
    expect(got.mobile).toBeUndefined();
  });

  it('a card’s title right before the slot its field components fill is no value of any of them', () => {
    const doc = parsePage('<html lang="en"><body><x-card id="c"></x-card></body></html>');
    const card = doc.getElementById('c') as Element;
    const shadow = card.attachShadow({ mode: 'open' });
    shadow.append(doc.createElement('h3'), doc.createElement('slot'));
    (shadow.firstChild as Element).textContent = 'Plan';
    for (const [label, value] of [
      ['Name', 'Ilse Varga'],
      ['Product', 'Fibre 300 annual'],
      ['Email', 'ilse@varga.example'],
    ]) {
      const field = doc.createElement('x-field');
      const inner = field.attachShadow({ mode: 'open' });
      const l = doc.createElement('span');
      l.textContent = label ?? '';
      const v = doc.createElement('span');
      v.append(doc.createElement('slot'));
      inner.append(l, v);
      field.textContent = value ?? '';
      card.append(field);
    }
    const ctx = extractCustomer(doc, 'https://crm.example/subscriber/SB-2231', NOW, undefined, { adapters: [] });
    expect(ctx.fields.product?.value).toBe('Fibre 300 annual');
  });
});
