// Round 31's wrong and missed values, as classes (docs/adapters.md, "Session 29: round 31 opened"). Each rule on a small
// page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { pairRows, parsePage, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T18:00:00Z');

const read = (body: string, url: string, lang: string, title?: string) =>
  readGenericValues(body, url, lang, NOW, title);

const rows = pairRows;

describe('layouts and bars', () => {
  it('a wrapper classed by its layout (Sneat’s layout-content-navbar) is no navbar: the record inside is read', () => {
    const v = read(
      `<div class="layout-wrapper layout-content-navbar"><aside class="layout-menu menu"><a>회원</a></aside>
      <div class="layout-page"><nav class="layout-navbar navbar">데스크 최유리</nav><div class="content-wrapper">${rows(
        [
          ['이름', '문가을'],
          ['휴대폰', '010-5521-8830'],
          ['회원번호', 'SG-AB-0912'],
        ],
      )}</div></div></div>`,
      'https://crm.example/members/SG-AB-0912',
      'ko',
    );
    expect(v.name).toBe('문가을');
    expect(v.customerId).toBe('SG-AB-0912');
  });

  it('my profile (Profilim) read from the whole body, the user menu in a topbar naming the same person: no customer', () => {
    const v = read(
      `<div class="fi-layout"><aside><nav>Üyeler · Profilim</nav></aside><div class="fi-main-ctn">
      <div class="fi-topbar"><span>Ara</span><div class="fi-user-menu"><span>Ece Yalçın</span></div></div>
      <main><h1>Profilim</h1><form>${rows([
        ['Ad', 'Ece'],
        ['Soyad', 'Yalçın'],
        ['E-posta', 'ece.yalcin@kulup.example'],
        ['Cep telefonu', '+90 532 660 12 48'],
        ['Doğum tarihi', '04.09.1990'],
        ['Adres', 'Moda Cad. No: 40, Kadıköy/İstanbul'],
      ])}</form></main></div></div>`,
      'https://crm.example/panel/profilim',
      'tr',
      'Profilim - Kulüp Paneli',
    );
    expect(v).toEqual({});
  });

  it('a row of buttons (编辑 · 转移负责人 · 打印) is no label and value', () => {
    const v = read(
      `<main><div><a class="mini-button">编辑</a><a class="mini-button">转移负责人</a><a class="mini-button">打印</a></div>${rows(
        [
          ['客户姓名', '阮清禾'],
          ['手机号码', '137 5716 2209'],
          ['销售顾问', '庞若溪'],
        ],
      )}</main>`,
      'https://crm.example/store/customer/detail?custId=9',
      'zh-CN',
    );
    expect(v.owner).toBe('庞若溪');
  });

  it('an avatar’s initial before the name is not the box’s title line', () => {
    const v = read(
      `<main><div class="hero"><div class="u-avatar">梁</div><div><b>梁书瑶</b><span class="u-tag">私教会员</span></div></div>
      <div class="card">${rows([
        ['性别', '女'],
        ['手机号', '158 2801 6634'],
        ['会籍顾问', '邹一帆'],
      ])}</div></main>`,
      'https://crm.example/h5/#/member/detail?memberId=9',
      'zh-CN',
    );
    expect(v.name).toBe('梁书瑶');
  });
});

describe('words of round 31', () => {
  it('a loan specialist in charge (Chuyên viên phụ trách) and a loan product (Sản phẩm vay)', () => {
    const v = read(
      `<main>${rows([
        ['Họ và tên', 'Đỗ Thị Hạnh'],
        ['Điện thoại di động', '0912 447 310'],
        ['Sản phẩm vay', 'Vay tiêu dùng mua điện thoại – 12 tháng'],
        ['Ngày ký hợp đồng', '12/11/2025'],
        ['Chuyên viên phụ trách', 'Bùi Quang Vinh'],
      ])}</main>`,
      'https://crm.example/khach-hang/CD-1',
      'vi',
    );
    expect(v.product).toBe('Vay tiêu dùng mua điện thoại – 12 tháng');
    expect(v.owner).toBe('Bùi Quang Vinh');
  });

  it('a trainee’s number, course and adviser (N° stagiaire, Formation, Conseillère formation)', () => {
    const v = read(
      `<main>${rows([
        ['Nom', 'Claire Fontaine'],
        ['Portable', '06 12 44 80 19'],
        ['N° stagiaire', 'STG-2025-1102'],
        ['Formation', 'Titre professionnel Comptable assistant'],
        ['Contrat signé le', '20/11/2025'],
        ['Conseillère formation', 'Inès Garnier'],
      ])}</main>`,
      'https://crm.example/stagiaires/1102',
      'fr',
    );
    expect(v.customerId).toBe('STG-2025-1102');
    expect(v.product).toBe('Titre professionnel Comptable assistant');
    expect(v.owner).toBe('Inès Garnier');
  });

  it('a company’s record titled by its name (<h2>…有限公司</h2> and tags), no name field: the name is the company', () => {
    const v = read(
      `<main><div class="page-title">南京澄湖会务服务有限公司<span class="tag">KA 客户</span></div>${rows([
        ['客户编号', 'QA-KH-0091'],
        ['公司电话', '025-8443 2210'],
        ['客户经理', '贾明哲'],
      ])}</main>`,
      'https://crm.example/crm/enterprise/detail?id=91',
      'zh-CN',
    );
    expect(v.name).toBe('南京澄湖会务服务有限公司');
    expect(v.company).toBe('南京澄湖会务服务有限公司');
  });
});

describe('purchases drawn without a table', () => {
  it('an ARIA grid of div rows (role=table, role=row) is read as a table of orders: its latest row', () => {
    const row = (cells: string[], cls = 'grid-row') =>
      `<div class="${cls}" role="row">${cells.map((c) => `<div class="grid-cell">${c}</div>`).join('')}</div>`;
    const v = read(
      `<main>${rows([
        ['客户姓名', '葛长青'],
        ['手机号码', '152 5507 3381'],
        ['经营主体', '定远县长青种植专业合作社'],
      ])}<div class="grid" role="table">${row(['订货日期', '商品', '数量', '开单人'], 'grid-head')}${row([
        '2025-11-19',
        '控释复合肥 42% 40kg',
        '50 袋',
        '钟立国',
      ])}${row(['2025-09-02', '稻田除草剂 1L', '30 瓶', '钟立国'])}</div></main>`,
      'https://crm.example/agri/grower/detail?id=77',
      'zh-CN',
    );
    expect(v.company).toBe('定远县长青种植专业合作社');
    expect(v.product).toBe('控释复合肥 42% 40kg');
    expect(v.signDate).toBe('2025-11-19');
  });

  it('a tab pane no sibling marks open (AT-UI’s card body) is shown', () => {
    const v = read(
      `<main>${rows([
        ['姓名', '邵德明'],
        ['手机号码', '139 0731 5520'],
      ])}<div class="tab-pane card-body"><table><thead><tr><th>服务包</th><th>签约日期</th><th>金额</th></tr></thead>
      <tbody><tr><td>术后康复随访服务包（6 个月）</td><td>2025-11-05</td><td>680.00</td></tr></tbody></table></div></main>`,
      'https://crm.example/followup/patient/31',
      'zh-CN',
    );
    expect(v.product).toBe('术后康复随访服务包（6 个月）');
    expect(v.signDate).toBe('2025-11-05');
  });
});

describe('a parent’s record with the child’s section', () => {
  it('the child’s section (幼儿信息, cells whose captions are title-classed) does not end the record before the contract', () => {
    const cell = (t: string, v: string) =>
      `<div class="cell"><div class="cell-title">${t}</div><div class="cell-desc">${v}</div></div>`;
    const group = (title: string, cells: [string, string][]) =>
      `<div class="group"><div class="group-title">${title}</div>${cells.map(([t, v]) => cell(t, v)).join('')}</div>`;
    const v = read(
      `<main><div class="cols"><div>${group('家长信息', [
        ['家长姓名', '温雅琪'],
        ['手机号', '186 5920 4471'],
        ['出生日期', '1991-03-08'],
        ['性别', '女'],
        ['身份证号', '350203199103080025'],
        ['电子邮箱', 'wenyaqi@mail.example'],
        ['工作单位', '厦门海悦贸易有限公司'],
        ['家庭住址', '福建省厦门市湖里区枋湖北二路 16 号 702 室'],
        ['招生顾问', '叶书涵'],
        ['家庭电话', '0592-5120 3386'],
      ])}</div><div>${group('幼儿信息', [['幼儿姓名', '许乐言']])}${group('入园合同', [
        ['签约课程', '2026 春季学期 · 中班全日托'],
        ['签约日期', '2025-11-20'],
      ])}</div></div></main>`,
      'https://crm.example/kindergarten/parent/52',
      'zh-CN',
    );
    expect(v.name).toBe('温雅琪');
    expect(v.birthDate).toBe('1991-03-08');
    expect(v.product).toBe('2026 春季学期 · 中班全日托');
    expect(v.signDate).toBe('2025-11-20');
  });
});

describe('two things bought, each labelled and dated', () => {
  it('the one whose pairs hold the latest date is the product, without its status tag', () => {
    const v = read(
      `<main>${rows([
        ['姓名', '柏子昂'],
        ['手机号', '139 8120 4475'],
      ])}<div class="card">${rows([
        ['私教课包', '增肌私教 24 节<span class="u-tag">使用中</span>'],
        ['购买日期', '2025-11-18'],
        ['剩余课时', '22 / 24'],
      ])}</div><div class="card">${rows([
        ['会籍卡', '季卡（续费）'],
        ['购买日期', '2025-08-02'],
      ])}</div></main>`,
      'https://crm.example/coach/#/member/detail?memberId=71',
      'zh-CN',
    );
    expect(v.product).toBe('增肌私教 24 节');
    expect(v.signDate).toBe('2025-11-18');
  });
});

describe('the form of address (session 30)', () => {
  it('a Spanish salutation field (Saludo: Sra.) says the gender', () => {
    const v = read(
      rows([
        ['Saludo', 'Sra.'],
        ['Nombre', 'Paloma'],
        ['Apellidos', 'Quiroga Treviño'],
        ['Móvil', '+52 33 1298 4410'],
      ]),
      'https://crm.example/index.php?module=Contacts&view=Detail&record=77',
      'es-MX',
    );
    expect(v.gender).toBe('female');
  });

  it('a card title in an open shadow root ("卢某 女士") says the gender of the name read from its fields', () => {
    const doc = parsePage(
      `<html lang="zh-CN"><body><nav>会员中心 · 店员 柯某</nav><micro-app id="m"></micro-app></body></html>`,
    );
    const shadow = (doc.getElementById('m') as Element).attachShadow({ mode: 'open' });
    const inner = `<div class="card"><div class="card__header"><span>钟雨桐 女士</span><span class="tag">年卡</span></div>
      <div class="card__body">${rows([
        ['姓名', '钟雨桐'],
        ['手机', '136 0298 4471'],
        ['会员编号', 'HY-0318'],
      ])}</div></div>`;
    shadow.append(
      ...Array.from(parsePage(`<html><body>${inner}</body></html>`).body.childNodes, (n) => doc.importNode(n, true)),
    );
    const ctx = extractCustomer(doc, 'https://crm.example/member/profile/HY-0318', NOW, undefined, { adapters: [] });
    expect(ctx.fields.name?.value).toBe('钟雨桐');
    expect(ctx.fields.gender?.value).toBe('female');
  });
});

describe('a section’s title', () => {
  it('a field’s own caption classed as a title (cell-title 姓名) is no section title: her record beside a child’s', () => {
    const cell = (k: string, v: string) =>
      `<div class="cell"><div class="cell-title">${k}</div><div class="cell-value">${v}</div></div>`;
    const v = read(
      `<div class="group"><div class="group-title">家长信息</div>${cell('姓名', '邬若兰')}${cell('手机', '139 1166 2048')}</div>
      <div class="group"><div class="group-title">幼儿信息</div>${cell('幼儿姓名', '邬小满')}${cell('出生日期', '2021-04-09')}</div>`,
      'https://crm.example/family/FA-2207',
      'zh-CN',
    );
    expect(v.name).toBe('邬若兰');
    expect(v.mobile).toBe('13911662048');
  });
});
