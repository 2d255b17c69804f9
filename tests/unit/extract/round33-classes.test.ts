// Round 33's wrong, invented and missed values, as classes (docs/adapters.md, "Session 30: round 33 opened"). Each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { readControls } from '@/utils/extract/dom';
import { pairRows, parsePage, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T18:00:00Z');

const read = (body: string, url: string, lang: string, title?: string) =>
  readGenericValues(body, url, lang, NOW, title);

const rows = pairRows;

describe('web components', () => {
  it('an input component keeping its <input> in its open shadow root gives that input’s value', () => {
    const doc = parsePage(
      '<html><body><x-input id="f0" value="Hanna"></x-input><x-input id="f1"></x-input></body></html>',
    );
    const host = doc.getElementById('f0') as Element;
    const input = doc.createElement('input');
    input.setAttribute('value', 'Hanna');
    host.attachShadow({ mode: 'open' }).append(input);
    expect(readControls(host)).toEqual(['Hanna']);
    // (A light-DOM control wins: the shadow root is asked only when the host holds none.)
    const other = doc.getElementById('f1') as Element;
    const light = doc.createElement('input');
    light.setAttribute('value', 'Gruber');
    other.append(light);
    const hidden = doc.createElement('input');
    hidden.setAttribute('value', 'inner');
    other.attachShadow({ mode: 'open' }).append(hidden);
    expect(readControls(other)).toEqual(['Gruber']);
  });

  it('a web component’s rows (<x-table-header-row>, <x-table-row>) are a table of purchases', () => {
    const cells = (tag: string, texts: string[]) => texts.map((t) => `<${tag}>${t}</${tag}>`).join('');
    const v = read(
      `${rows([
        ['Vorname', 'Hanna'],
        ['Nachname', 'Gruber'],
        ['Mobil', '+43 664 201 0049'],
      ])}<x-table><x-table-header-row>${cells('x-table-header-cell', ['Vertragsnr.', 'Kurs', 'Unterzeichnet am', 'Preis'])}</x-table-header-row>
      <x-table-row>${cells('x-table-cell', ['KV-2025-0338', 'Spanisch B1 – Abendkurs', '07.11.2025', '€ 465,00'])}</x-table-row>
      <x-table-row>${cells('x-table-cell', ['KV-2024-0712', 'Spanisch A2', '19.09.2024', '€ 390,00'])}</x-table-row></x-table>`,
      'https://crm.example/teilnehmer/ZS-0417',
      'de-AT',
    );
    expect(v.product).toBe('Spanisch B1 – Abendkurs');
    expect(v.signDate).toBe('2025-11-07');
  });
});

describe('whose page it is', () => {
  it('my profile (#/mine) showing my hire date is mine, whatever customers today’s to-do names', () => {
    const cell = (k: string, v: string) =>
      `<a class="cell"><div class="cell-title">${k}</div><div class="cell-value">${v}</div></a>`;
    const v = read(
      `<h1 class="header-title">我的</h1><div class="group-title">个人信息</div>${cell('姓名', '骆青禾')}
      ${cell('手机号', '189 1236 0078')}${cell('入职日期', '2021-03-15')}<div class="group-title">今日待办</div>
      ${cell('客户地址', '苏州工业园区星湖街 328 号 6-1801')}${cell('方案', '全包 · 现代简约 128㎡')}`,
      'https://crm.example/h5/#/mine',
      'zh-CN',
      '我的',
    );
    expect(v).toEqual({});
  });

  it('a phone in a call pop that matches another member’s code is that member’s, not the record’s', () => {
    const v = read(
      `${rows([
        ['姓名', '岑舒悦'],
        ['手机号', '181 8023 0017'],
        ['会员号', 'BL8800271365'],
      ])}<aside class="assist"><header>呼叫助手 · 来电弹屏</header><div class="body">来电号码：153 8812 0004<br>匹配客户：唐一凡（BL8800310442）</div></aside>`,
      'https://crm.example/member/detail/BL8800271365',
      'zh-CN',
    );
    expect(v.mobile).toBe('18180230017');
    expect(v.phone).toBeUndefined();
  });
});

describe('what was bought', () => {
  it('a price with a note after it ("¥ 680,000.00（已全额到账）") is no product; the membership type is', () => {
    const v = read(
      rows([
        ['会员姓名', '钟予安'],
        ['手机', '139 0512 0061'],
        ['会籍类型', '个人终身会籍（含家属卡1张）'],
        ['入会费', '¥ 680,000.00（已全额到账）'],
        ['会籍合同签订日期', '2025-11-12'],
      ]),
      'https://crm.example/members/3301',
      'zh-CN',
    );
    expect(v.product).toBe('个人终身会籍（含家属卡1张）');
  });

  it('a Danish purchases table (Vare, Købsdato) and a Persian one (دوره, تاریخ امضای قرارداد) date their latest row', () => {
    const table = (titles: string[], a: string[], b: string[]) =>
      `<table><thead><tr>${titles.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
      <tr>${a.map((t) => `<td>${t}</td>`).join('')}</tr><tr>${b.map((t) => `<td>${t}</td>`).join('')}</tr></tbody></table>`;
    const da = read(
      `${rows([
        ['Navn', 'Mette Holm'],
        ['Mobil', '+45 21 44 00 18'],
      ])}${table(['Ordrenr.', 'Vare', 'Købsdato', 'Beløb'], ['HO-40917', 'Glas Klarsyn 1.6', '17.11.2025', '7.480,00 kr.'], ['HO-31002', 'Solbriller', '02.06.2024', '1.200,00 kr.'])}`,
      'https://crm.example/kunder/118204',
      'da',
    );
    expect(da.product).toBe('Glas Klarsyn 1.6');
    expect(da.signDate).toBe('2025-11-17');
    const fa = read(
      `${rows([
        ['نام و نام خانوادگی', 'نگار صدری'],
        ['تلفن همراه', '0912 358 0006'],
        ['مشاور آموزشی', 'کاوه رستمی'],
      ])}${table(['شماره قرارداد', 'دوره', 'مدرس', 'تاریخ امضای قرارداد'], ['CT-1187', 'نقاشی – ترم پاییز', 'مهتاب فرهمند', '۱۴۰۴/۰۸/۲۰'], ['CT-0911', 'طراحی – ترم بهار', 'سارا امینی', '۱۴۰۴/۰۱/۱۵'])}`,
      'https://crm.example/honarjoo/392',
      'fa',
    );
    expect(fa.product).toBe('نقاشی – ترم پاییز');
    expect(fa.signDate).toBe('2025-11-11');
    expect(fa.owner).toBe('کاوه رستمی');
  });
});

describe('ids and words', () => {
  it('an Austrian SV-Nummer and a Danish CPR-nr. by their own rules; a label’s long bracket note (Rechnungsempfänger)', () => {
    const at = read(
      rows([
        ['Vorname', 'Hanna'],
        ['Nachname', 'Gruber'],
        ['SV-Nummer', '4826 120488'],
        ['Arbeitgeber (Rechnungsempfänger)', 'Almblick Steuerberatung GmbH'],
        ['Kursberaterin', 'Katharina Wimmer'],
      ]),
      'https://crm.example/teilnehmer/ZS-0417',
      'de-AT',
    );
    expect(at.idNumber).toBe('4826120488');
    expect(at.company).toBe('Almblick Steuerberatung GmbH');
    expect(at.owner).toBe('Katharina Wimmer');
    const bad = read(
      rows([
        ['Vorname', 'Hanna'],
        ['Nachname', 'Gruber'],
        ['SV-Nummer', '4827 120488'],
      ]),
      'https://crm.example/teilnehmer/ZS-0417',
      'de-AT',
    );
    expect(bad.idNumber).toBeUndefined();
    const da = read(
      rows([
        ['Navn', 'Mette Holm'],
        ['CPR-nr.', '030868-4512'],
      ]),
      'https://crm.example/kunder/118204',
      'da',
    );
    expect(da.idNumber).toBe('030868-4512');
  });

  it('address parts: Norwegian Postnr. og sted, Spanish País o región', () => {
    const nb = read(
      rows([
        ['Navn', 'Ingrid Berg'],
        ['Adresse', 'Storgata 14B'],
        ['Postnr. og sted', '3611 Kongsberg'],
      ]),
      'https://crm.example/kunder/7701',
      'nb',
    );
    expect(nb.address).toBe('Storgata 14B, 3611 Kongsberg');
    const es = read(
      rows([
        ['Nombre completo', 'Lucía Ferrer'],
        ['Dirección', 'Calle de Alcalá, 214'],
        ['Ciudad', 'Madrid'],
        ['Código postal', '28028'],
        ['País o región', 'España'],
      ]),
      'https://crm.example/contactos/5522',
      'es',
    );
    expect(es.address).toBe('Calle de Alcalá, 214, Madrid, 28028, España');
  });

  it('Slovak investor number and adviser, an Urdu relation officer', () => {
    const sk = read(
      rows([
        ['Meno a priezvisko', 'Zuzana Hrušovská'],
        ['Číslo investora', 'INV-22-08417'],
        ['Investičný poradca', 'Peter Kollár'],
      ]),
      'https://crm.example/bo/investori/77',
      'sk',
    );
    expect(sk.customerId).toBe('INV-22-08417');
    expect(sk.owner).toBe('Peter Kollár');
    const ur = read(
      rows([
        ['نام', 'محمد عمران'],
        ['موبائل', '0300 1234567'],
        ['کسٹمر ریلیشن آفیسر', 'عائشہ ملک'],
      ]),
      'https://crm.example/customers/118204',
      'ur',
    );
    expect(ur.owner).toBe('عائشہ ملک');
  });
});
