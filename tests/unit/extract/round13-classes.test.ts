// Classes of wrong values seen on round 13 of the held-out pages (docs/adapters.md, "Round 13 classes"): each rule on
// a small page of our own (made-up markup and values, never the held-out pages' own).
import { normalizeDate } from '../../../utils/core/normalize/date';
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('en', NOW);

const item = (label: string, value: string) =>
  `<div class="f-item"><span class="f-label">${label}</span><span class="f-value">${value}</span></div>`;

describe('the product bought, not the customer’s car', () => {
  it('a package or card bought beats the car model on a service member’s file', () => {
    const page = `<div class="detail"><h3>会员详情</h3>${item('会员姓名', '单立平')}${item('手机号', '13905517720')}
      ${item('车型', '比亚迪 汉 EV')}${item('购买套餐', '季度打蜡卡（12次）')}${item('办卡日期', '2025-03-02')}</div>`;
    expect(values(page, 'https://crm.example/member/441', 'zh-CN').product).toBe('季度打蜡卡（12次）');
  });

  it('alone, the car model is still the product (a dealer’s lead)', () => {
    const page = `<div class="detail"><h3>线索详情</h3>${item('客户姓名', '单立平')}${item('手机号', '13905517720')}
      ${item('车型', '比亚迪 汉 EV')}</div>`;
    expect(values(page, 'https://crm.example/lead/441', 'zh-CN').product).toBe('比亚迪 汉 EV');
  });
});

describe('address parts', () => {
  it('Vietnamese "Khu vực" (province – district in one field) is a part of the address, in display order', () => {
    const page = `<div class="detail"><h3>Lý Thanh Hà</h3>${item('Điện thoại', '0912 330 417')}${item('Địa chỉ', 'Số 7 Hàng Bông')}
      ${item('Khu vực', 'Hà Nội - Quận Hoàn Kiếm')}${item('Phường/Xã', 'Phường Hàng Gai')}</div>`;
    expect(values(page, 'https://crm.example/customers/77', 'vi').address).toBe(
      'Số 7 Hàng Bông, Hà Nội - Quận Hoàn Kiếm, Phường Hàng Gai',
    );
  });
});

describe('dates', () => {
  it('Turkish months spelled in ASCII (dotless ı as i) are read', () => {
    expect(normalizeDate('14 Mayis 2025', 'dmy')).toBe('2025-05-14');
    expect(normalizeDate('3 Aralik 2024', { order: 'dmy', lang: 'tr' })).toBe('2024-12-03');
  });
});
