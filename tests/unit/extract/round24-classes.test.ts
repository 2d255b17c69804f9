// Round 24's wrong and missed values, as classes (docs/adapters.md, "Session 24: round 24's wrong and missed values").
// Each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');

const read = (body: string, url: string, lang: string) => readGenericValues(body, url, lang, NOW);

const rows = (pairs: [string, string][]) =>
  `<table>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

describe('what was recommended is not what was bought', () => {
  it('a heading naming a recommended plan (推荐方案（未购买）) names no product', () => {
    const v = read(
      `<main><h2>会员档案</h2>${rows([
        ['会员姓名', '葛晓岚'],
        ['手机', '13712094418'],
        ['签约日期', '2025-10-12'],
      ])}<section><h3>推荐方案（未购买）</h3><p>私教年卡 · 金牌版（顾问推荐 2025-11-30）</p></section></main>`,
      'https://crm.example/member/5521',
      'zh-CN',
    );
    expect(v.product).toBeUndefined();
    expect(v.signDate).toBe('2025-10-12');
  });

  it('a course-of-treatment package (疗程包) is the product, over a recommended card', () => {
    const v = read(
      `<main><h2>患者档案</h2>${rows([
        ['姓名', '葛晓岚'],
        ['手机', '13712094418'],
        ['疗程包', '颈肩理疗 12 次疗程包'],
        ['签约日期', '2025-10-12'],
      ])}<section><h3>推荐方案（未购买）</h3><p>私教年卡 · 金牌版</p></section></main>`,
      'https://crm.example/patient/5521',
      'zh-CN',
    );
    expect(v.product).toBe('颈肩理疗 12 次疗程包');
  });
});

describe('a flat’s online-signed contract (网签) is the signing, its subscription (认购) is not', () => {
  it('网签日期 beats 认购日期 in one purchase row', () => {
    const v = read(
      `<main><h2>客户档案</h2>${rows([
        ['客户姓名', '蓝振华'],
        ['手机', '13609271185'],
      ])}<h4>成交</h4><table><thead><tr><th>房源</th><th>认购日期</th><th>网签日期</th></tr></thead>
      <tbody><tr><td>云栖里 2 号楼 601 室</td><td>2025-09-02</td><td>2025-09-16</td></tr></tbody></table></main>`,
      'https://crm.example/case/customer?id=YQ-2025-0412',
      'zh-CN',
    );
    expect(v.signDate).toBe('2025-09-16');
  });
});

describe('a social-security file’s own numbers', () => {
  it('个人编号 is the insured person’s code and 参保单位 his employer', () => {
    const v = read(
      `<main>${rows([
        ['个人编号', '37010200412273'],
        ['姓名', '庞德勇'],
        ['联系电话', '13953127716'],
        ['参保单位', '济南泉城包装材料有限公司'],
      ])}</main>`,
      'https://crm.example/12366/agent/desk',
      'zh-CN',
    );
    expect(v.customerId).toBe('37010200412273');
    expect(v.company).toBe('济南泉城包装材料有限公司');
  });
});

describe('a record’s title naming its file before the name', () => {
  it('客户档案 · <name> names the customer', () => {
    const v = read(
      `<div class="card"><h3>客户档案 · 蓝振华</h3><div class="kv">
      <span class="k">客户编号</span><span>YQ-2025-0412</span>
      <span class="k">手机</span><span>136 0927 1185</span>
      <span class="k">置业顾问</span><span>韦丹</span></div></div>`,
      'https://crm.example/case/customer?id=YQ-2025-0412',
      'zh-CN',
    );
    expect(v.name).toBe('蓝振华');
  });
});

describe('a badge inside a field’s label is no part of it', () => {
  it('a custom field’s “自定义” badge: 成交设备 and 合同签订时间 read', () => {
    const field = (l: string, v: string) =>
      `<div class="field-item"><span class="field-label">${l}<span class="custom-badge">自定义</span></span><span class="field-value">${v}</span></div>`;
    const v = read(
      `<main><h1>常州恒晟模具有限公司</h1><div class="field-list">
      <div class="field-item"><span class="field-label">客户名称</span><span class="field-value">常州恒晟模具有限公司</span></div>
      <div class="field-item"><span class="field-label">公司电话</span><span class="field-value">0519-8812 4410</span></div>
      ${field('成交设备', '五轴加工中心 VMC-850 × 2 台')}${field('合同签订时间', '2025/04/18')}${field('验收日期', '2025/06/02')}
      </div></main>`,
      'https://crm.example/account/20931',
      'zh-CN',
    );
    expect(v.product).toBe('五轴加工中心 VMC-850 × 2 台');
    expect(v.signDate).toBe('2025-04-18');
  });
});

describe('Chinese field words of round 24', () => {
  it('现居住地 is the address, 招生老师 the owner, 业务员姓名 the owner', () => {
    const v = read(
      `<main><h2>学员详情</h2>${rows([
        ['学员姓名', '齐梦瑶'],
        ['本人手机', '15963021174'],
        ['现居住地', '山东省烟台市芝罘区南大街 118 号 5 单元 302'],
        ['招生老师', '阎少峰'],
        ['班主任', '雷芳'],
      ])}</main>`,
      'https://crm.example/student/4471',
      'zh-CN',
    );
    expect(v.address).toBe('山东省烟台市芝罘区南大街 118 号 5 单元 302');
    expect(v.owner).toBe('阎少峰');
    const w = read(
      `<main><h2>保单信息</h2>${rows([
        ['投保人姓名', '戚玉珍'],
        ['手机号码', '13880417723'],
        ['业务员代码', '8652004471'],
        ['业务员姓名', '蒲建国'],
      ])}</main>`,
      'https://crm.example/policy/view?custNo=0000412290',
      'zh-CN',
    );
    expect(w.owner).toBe('蒲建国');
  });

  it('来电号码 on a caller’s file is the caller’s number', () => {
    const v = read(
      `<main>${rows([
        ['市民编号', 'SZ2024110345'],
        ['姓名', '符春花'],
        ['来电号码', '0371-6655 2081'],
        ['联系手机', '137 0383 5521'],
      ])}</main>`,
      'https://crm.example/hotline/caller/info?callerId=SZ2024110345',
      'zh-CN',
    );
    expect(v.phone).toBe('037166552081');
    expect(v.mobile).toBe('13703835521');
  });

  it('a subscriber’s main number (主号) is the mobile; a secondary card (副卡) is someone else’s', () => {
    const v = read(
      `<main><h2>客户视图</h2><div class="info"><span class="lbl">客户名称</span><span>盛国栋</span>
      <span class="lbl">联系号码</span><span><ul><li><span class="kind">主号</span>186 2307 5518</li><li><span class="kind">固话</span>027-8577 3304</li><li><span class="kind">副卡</span>186 2307 1162（周敏）</li></ul></span></div></main>`,
      'https://crm.example/portal/cust/view?custId=420106883312',
      'zh-CN',
    );
    expect(v.mobile).toBe('18623075518');
    expect(v.phone).toBe('02785773304');
  });
});

describe('Russian number words written noun first', () => {
  it('Телефон мобильный is the mobile, Телефон рабочий the phone', () => {
    const v = read(
      `<main><h2>Клиенты</h2>${rows([
        ['ФИО', 'Волкова Ирина Сергеевна'],
        ['Телефон мобильный', '+7 926 311-45-08'],
        ['Телефон рабочий', '+7 812 404-19-77'],
      ])}</main>`,
      'https://crm.example/clients/3310',
      'ru',
    );
    expect(v.mobile).toBe('+79263114508');
    expect(v.phone).toBe('+78124041977');
  });
});

describe('a won deal named by its state', () => {
  it('a field labelled with the won state (Ganada) holds the deal bought and its closing date', () => {
    const v = read(
      `<main><h1>Construcciones Olabarria S.L.</h1>
      <div class="section"><div class="row"><span class="label">Nombre</span><span class="value">Construcciones Olabarria S.L.</span></div>
      <div class="row"><span class="label">Teléfono</span><span class="value">943 41 22 80</span></div></div>
      <div class="section"><h2>Oportunidades</h2>
      <div class="row"><span class="label">Ganada</span><span class="value">Grúa torre 40 m · cierre 12/05/2025 · 120.000 €</span></div>
      <div class="row"><span class="label">Abierta</span><span class="value">Mantenimiento 2026 · propuesta enviada 03/11/2025</span></div></div></main>`,
      'https://crm.example/companies/8812',
      'es-ES',
    );
    expect(v.product).toBe('Grúa torre 40 m');
    expect(v.signDate).toBe('2025-05-12');
  });
});

describe('a won deal’s state written against its next line', () => {
  it('“Ganho” in a tag with the amount’s line after it still says the deal was won', () => {
    const v = read(
      `<div class="card"><h2>Renata Carvalho Pinto</h2>
      <div class="field"><div class="field-label">Responsável</div><div class="field-value">Bruno Teixeira</div></div>
      <div class="field"><div class="field-label">Telefones</div><div class="field-value"><div>+55 21 99812-4410<span class="phone-type">Celular</span></div></div></div>
      <div class="field"><div class="field-label">E-mails</div><div class="field-value">renata@carvalho.example</div></div></div>
      <div class="card"><h3>Negócios (2)</h3>
      <div class="deal"><div><b>Reforma de cozinha industrial</b> <span class="won">Ganho</span></div><div>R$ 92.000,00 · Fechado em 03/06/2025</div></div>
      <div class="deal"><div><b>Ampliação do salão</b> <span>Em andamento · Proposta enviada</span></div><div>R$ 20.500,00 · Previsão 28/02/2026</div></div></div>`,
      'https://crm.example/contacts/5520913',
      'pt-BR',
    );
    expect(v.product).toBe('Reforma de cozinha industrial');
    expect(v.signDate).toBe('2025-06-03');
  });
});

describe('what a badge is not', () => {
  it('a chip or tag after “Label：” inside the label’s element is its value', () => {
    const item = (l: string, v: string) =>
      `<div class="crm-form-item"><div class="crm-form-item__label">${l}</div><div class="crm-form-item__content">${v}</div></div>`;
    const v = read(
      `<div class="crm-detail"><div class="crm-detail-header"><div class="crm-detail-title">佛山市顺成陶瓷有限公司</div>
      <div class="crm-detail-meta"><span>负责人：<span class="crm-user-chip">欧阳俊</span></span><span>协同人：<span class="crm-user-chip">卢敏</span><span class="crm-user-chip">伍志强</span></span><span class="crm-tag">重要客户</span></div></div>
      <div class="crm-form">${item('客户名称', '佛山市顺成陶瓷有限公司')}${item('客户编号', 'KH20250314000877')}${item('签约产品', '天猫旗舰店代运营（基础版）')}${item('签约日期', '2025-03-14')}${item('创建人', '卢敏')}</div></div>`,
      'https://crm.example/#/customer/detail?dataId=330117',
      'zh-CN',
    );
    expect(v.owner).toBe('欧阳俊');
  });

  it('a mobile under 来电号码 is the mobile, typed by its shape', () => {
    const v = read(
      `<main>${rows([
        ['来电人编号', 'QZ3305-0041187'],
        ['姓名', '骆美娟'],
        ['来电号码', '13605764471'],
      ])}</main>`,
      'https://crm.example/hotline/caller?callerId=QZ3305-0041187',
      'zh-CN',
    );
    expect(v.mobile).toBe('13605764471');
    expect(v.phone).toBeUndefined();
  });
});
