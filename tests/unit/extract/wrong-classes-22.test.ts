// Round 20's last wrong values as classes (docs/adapters.md, "Session 19: round 20's last wrong values"). Each rule on
// a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-01T10:00:00Z');

/** The customer's values of a whole page (its <title> included) at `url`, adapters off. */
function read(title: string, body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

// Two pairs a row, label cells <th>, value cells <td>, as a descriptions table lays them out.
const pairs = (title: string, rows: [string, string][]) => {
  const cells = rows.map(([l, v]) => `<th class="label">${l}</th><td class="content">${v}</td>`);
  const trs = cells.flatMap((c, i) => (i % 2 === 0 ? [`<tr>${c}${cells[i + 1] ?? ''}</tr>`] : []));
  return `<div class="block"><div class="block-title">${title}</div><table class="desc"><tbody>${trs.join('')}</tbody></table></div>`;
};

const grid = (title: string, head: string[], rows: string[][]) =>
  `<div class="card"><div class="card-head">${title}</div><table class="grid"><thead><tr>${head
    .map((h) => `<th>${h}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;

describe('a declined quote is not what was bought', () => {
  it('a labelled contract block beats the rows of past quotes, the declined one the latest', () => {
    const body =
      pairs('客户信息', [
        ['客户姓名', '邝子墨'],
        ['手机号码', '13912345678'],
      ]) +
      pairs('服务合同', [
        ['合同编号', 'HT-0091'],
        ['服务套餐', '全屋保洁·尊享套餐（2 人 4 小时）'],
        ['签订日期', '2026-03-15'],
      ]) +
      grid(
        '历史报价',
        ['报价单号', '报价日期', '套餐', '金额', '状态'],
        [
          ['Q-101', '2026-03-01', '单次保洁', '¥ 300', '已过期'],
          ['Q-117', '2026-03-10', '地毯深度清洗', '¥ 800', '客户未采纳'],
        ],
      );
    const v = read('客户详情', body, 'https://crm.example/#/customer/detail/55', 'zh-CN');
    expect(v.product).toBe('全屋保洁·尊享套餐（2 人 4 小时）');
    expect(v.signDate).toBe('2026-03-15');
  });
  it('a row whose status says declined, rejected or cancelled is passed over for the latest one bought', () => {
    const person = pairs('客户信息', [
      ['客户姓名', '邝子墨'],
      ['手机号码', '13912345678'],
    ]);
    const orders = grid(
      '订单记录',
      ['单号', '日期', '套餐', '金额', '状态'],
      [
        ['D-201', '2026-02-01', '单次保洁', '¥ 300', '已完成'],
        ['D-233', '2026-03-10', '地毯深度清洗', '¥ 800', '客户未采纳'],
      ],
    );
    expect(read('客户详情', person + orders, 'https://crm.example/#/customer/detail/55', 'zh-CN')).toMatchObject({
      product: '单次保洁',
      signDate: '2026-02-01',
    });
    const en = `<h2>Dana Whitfield</h2><dl><dt>Email</dt><dd>dana@whitfield.example</dd><dt>Phone</dt><dd>+44 20 7946 0188</dd></dl>${grid(
      'Orders',
      ['Order', 'Date', 'Product', 'Status'],
      [
        ['SO-9', '2026-01-12', 'Boiler service plan', 'Completed'],
        ['SO-14', '2026-02-20', 'Solar panel survey', 'Cancelled'],
      ],
    )}`;
    expect(read('Customer - Dana Whitfield', en, 'https://crm.example/customers/91', 'en-GB')).toMatchObject({
      product: 'Boiler service plan',
      signDate: '2026-01-12',
    });
  });
});

describe('two surnames follow the given names', () => {
  it('Nombres + Apellido paterno + Apellido materno (Portuguese: the mother’s surname first) make one name', () => {
    const es = `<div class="ficha"><div class="row"><label>Nombres</label><span>Lucía Fernanda</span></div>
      <div class="row"><label>Apellido paterno</label><span>Mamani</span></div>
      <div class="row"><label>Apellido materno</label><span>Condori</span></div>
      <div class="row"><label>Celular</label><span>987 654 321</span></div>
      <div class="row"><label>Correo electrónico</label><span>lucia@correo.example</span></div></div>`;
    expect(read('Ficha del cliente', es, 'https://crm.example/clientes/77', 'es-PE').name).toBe(
      'Lucía Fernanda Mamani Condori',
    );
    const pt = `<div class="ficha"><div class="row"><label>Nome</label><span>Joana</span></div>
      <div class="row"><label>Sobrenome materno</label><span>Pereira</span></div>
      <div class="row"><label>Sobrenome paterno</label><span>Souza</span></div>
      <div class="row"><label>E-mail</label><span>joana@correio.example</span></div></div>`;
    expect(read('Cliente', pt, 'https://crm.example/clientes/78', 'pt-BR').name).toBe('Joana Pereira Souza');
  });
});

describe('an address joins its places of the post, not a sales territory', () => {
  it('所属区域 "华南大区" is a sales territory, not a place; Basque Lurraldea is the province', () => {
    const cn = `<div class="detail"><div class="row"><span class="k">客户名称</span><span class="v">深圳市启衡电子有限公司</span></div>
      <div class="row"><span class="k">公司电话</span><span class="v">0755-8612 3344</span></div>
      <div class="row"><span class="k">注册地址</span><span class="v">广东省深圳市南山区科技园南路 12 号 3 楼</span></div>
      <div class="row"><span class="k">所属区域</span><span class="v">华南大区</span></div></div>`;
    expect(read('企业客户详情', cn, 'https://ops.example/#/customer/detail/418', 'zh-CN').address).toBe(
      '广东省深圳市南山区科技园南路 12 号 3 楼',
    );
    const eu = `<div class="fitxa"><div class="row"><label>Izen-abizenak</label><span>Ane Larrañaga Uria</span></div>
      <div class="row"><label>Mugikorra</label><span>+34 688 100 200</span></div>
      <div class="row"><label>Helbidea</label><span>Kale Berria 4, 2. esk.</span></div>
      <div class="row"><label>Posta kodea</label><span>20500</span></div>
      <div class="row"><label>Herria</label><span>Arrasate</span></div>
      <div class="row"><label>Lurraldea</label><span>Gipuzkoa</span></div></div>`;
    expect(read('Bazkidearen fitxa', eu, 'https://club.example/bazkideak/12', 'eu').address).toBe(
      'Kale Berria 4, 2. esk., 20500, Arrasate, Gipuzkoa',
    );
  });
});
