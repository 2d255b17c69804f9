// Single fields the generic reader missed on pages it does read (session 13, docs/adapters.md "Single fields"): each
// rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('zh-CN', NOW);

const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
const person = row('客户姓名', '韦子墨') + row('手机', '13877120456');

describe('a product named like a label is a value', () => {
  it('a product whose name ends in 服务包 / 产品 / 套餐 is read under its label when it is long or has a digit', () => {
    const long = `<div class="detail"><table>${person}${row('签约产品', '城市配送年度服务包')}</table></div>`;
    expect(values(long, 'https://crm.example/customer/view?id=52').product).toBe('城市配送年度服务包');
    const numbered = `<div class="detail"><table>${person}${row('理财产品', '稳盈7号债券产品')}</table></div>`;
    expect(values(numbered, 'https://crm.example/customer/view?id=52').product).toBe('稳盈7号债券产品');
  });

  it('a short label word under a label is still no value (two labels paired)', () => {
    const page = `<div class="detail"><table>${person}${row('产品', '签约产品')}</table></div>`;
    expect(values(page, 'https://crm.example/customer/view?id=52').product).toBeUndefined();
  });
});

describe('the owner', () => {
  it('a staff member named by the assignment and their trade (跟进员工, 负责客服, 责任医生) is the owner', () => {
    for (const label of ['跟进员工', '负责客服', '责任医生', '跟进专家', '台区经理']) {
      const page = `<div class="detail"><table>${person}${row(label, '甘露明')}</table></div>`;
      expect(values(page, 'https://crm.example/customer/view?id=52').owner).toBe('甘露明');
    }
  });

  it('other languages: 担当募集人, Основной менеджер, Penjual', () => {
    const ja = `<div class="detail"><table>${row('氏名', '森田 結衣')}${row('携帯電話', '090-4417-2280')}${row('担当募集人', '岡部 俊介')}</table></div>`;
    expect(values(ja, 'https://crm.example/customer/card/77', 'ja').owner).toBe('岡部 俊介');
    const ru = `<div class="detail"><table>${row('ФИО', 'Лаптева Вера Игоревна')}${row('Телефон', '+7 912 555-40-18')}${row('Основной менеджер', 'Суханов Олег Петрович')}</table></div>`;
    expect(values(ru, 'https://crm.example/clients/77', 'ru').owner).toBe('Суханов Олег Петрович');
    const id = `<div class="detail"><table>${row('Nama', 'Rina Hapsari')}${row('Email', 'rina@hapsari.example')}${row('Penjual', 'Budi Santoso')}</table></div>`;
    expect(values(id, 'https://crm.example/customers/77', 'id').owner).toBe('Budi Santoso');
  });

  it('an owner label in a head line reads the staff chip or link after it', () => {
    const chip = `<div class="detail"><div class="meta"><span>负责人：<span class="chip">龙晓峰</span></span><span>协同人：<span class="chip">祁曼</span></span></div>
      <table>${person}</table></div>`;
    expect(values(chip, 'https://crm.example/customer/view?id=52').owner).toBe('龙晓峰');
    const link = `<div class="detail"><p>跟进人：<a href="/users/31">龙晓峰</a> &nbsp; 最近跟进：2026-11-20</p><table>${person}</table></div>`;
    expect(values(link, 'https://crm.example/customer/view?id=52').owner).toBe('龙晓峰');
  });

  it('any other label alone before an element still reads nothing (a status badge)', () => {
    const page = `<div class="detail"><p>客户状态：<span class="tag">跟进中</span></p><table>${person}</table></div>`;
    expect(Object.values(values(page, 'https://crm.example/customer/view?id=52'))).not.toContain('跟进中');
  });
});

describe('the company under a head line that is no heading', () => {
  it('a name-classed head line over "Job · <a href=/company/…>Co</a>" gives the company', () => {
    const page = `<div class="card"><div class="person-name">Ruth Abernathy</div><div>Office manager · <a href="#/company/8812">Pinewood Vets</a></div>
      <div class="field"><span class="label">Name</span><span class="value">Ruth Abernathy</span></div>
      <div class="field"><span class="label">Email</span><span class="value">ruth@pinewood.example</span></div>
      <div class="field"><span class="label">Phone</span><span class="value">(503) 555-0172</span></div></div>`;
    expect(values(page, 'https://crm.example/app#/people/5521', 'en').company).toBe('Pinewood Vets');
  });

  it('a line beside a value cell that is not a head line gives no company', () => {
    const page = `<div class="card"><div class="field"><span class="label">Name</span><span>Ruth Abernathy</span><span>Office manager · <a href="#/company/8812">Pinewood Vets</a></span></div>
      <div class="field"><span class="label">Email</span><span class="value">ruth@pinewood.example</span></div></div>`;
    expect(values(page, 'https://crm.example/app#/people/5521', 'en').company).toBeUndefined();
  });
});
