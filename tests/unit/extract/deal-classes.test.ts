// What was bought, when, and who looks after it (session 14, docs/adapters.md "What was bought, when, and who owns
// it"): each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('zh-CN', NOW);

const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
const person = row('客户姓名', '钟意涵') + row('手机', '13912084476');
const table = (head: string[], rows: string[][]) =>
  `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>`;
const URL = 'https://crm.example/customer/view?id=3307';

describe('a short table of purchases', () => {
  it('its latest row is what was bought and when, whatever the row order', () => {
    const page = `<div class="detail"><table>${person}</table><h4>已购商品</h4>${table(
      ['下单时间', '商品', '金额', '状态'],
      [
        ['2025-03-02 10:12', '羊毛围巾 灰色', '¥ 199.00', '已完成'],
        ['2025-09-14 21:40', '加厚羽绒服 黑色 L', '¥ 699.00', '已签收'],
      ],
    )}</div>`;
    const v = values(page, URL);
    expect(v.product).toBe('加厚羽绒服 黑色 L');
    expect(v.signDate).toBe('2025-09-14');
  });

  it('other languages: a product column and a bare date column (Ngày, Date)', () => {
    const vi = `<div class="detail"><h2>Đỗ Thanh Hằng</h2><table>${row('Số điện thoại', '0912 447 201')}</table>${table(
      ['Mã đơn', 'Ngày', 'Sản phẩm', 'Tổng'],
      [
        ['DH1204', '02/11/2025', 'Ghế sofa vải xám', '7.900.000₫'],
        ['DH0871', '15/06/2025', 'Kệ sách gỗ thông', '1.450.000₫'],
      ],
    )}</div>`;
    const v = values(vi, 'https://crm.example/customers/3307', 'vi');
    expect(v.product).toBe('Ghế sofa vải xám');
    expect(v.signDate).toBe('2025-11-02');
  });

  it('a card bought (卡项, 购卡日期) and not its expiry', () => {
    const page = `<div class="detail"><table>${person}</table>${table(
      ['卡项', '购卡日期', '剩余', '有效期至'],
      [
        ['肩颈理疗卡 12次', '2025-08-09', '9 次', '2026-08-08'],
        ['储值卡', '2022-01-15', '¥ 300.00', '长期'],
      ],
    )}</div>`;
    const v = values(page, URL);
    expect(v.product).toBe('肩颈理疗卡 12次');
    expect(v.signDate).toBe('2025-08-09');
  });

  it('a contracts table with a signing column gives its latest signing even without a product column', () => {
    const page = `<div class="detail"><table>${person}</table>${table(
      ['项目名称', '类型', '签约日期', '状态'],
      [
        ['2024 年度咨询', '咨询', '2024-02-01', '已结束'],
        ['2025 年度咨询', '咨询', '2025-02-03', '进行中'],
      ],
    )}</div>`;
    const v = values(page, URL);
    expect(v.signDate).toBe('2025-02-03');
    expect(v.product).toBeUndefined();
  });

  it('a table of visits (a service done, its staff) is no purchase', () => {
    const ru = `<div class="detail"><h2>Смирнова Ольга Павловна</h2><table>${row('Телефон', '+7 915 402-17-33')}</table>${table(
      ['Дата', 'Услуга', 'Сотрудник', 'Сумма'],
      [
        ['21.11.2025', 'Окрашивание', 'Мария Ким', '4 500 ₽'],
        ['02.10.2025', 'Стрижка', 'Мария Ким', '1 800 ₽'],
      ],
    )}</div>`;
    const v = values(ru, 'https://crm.example/clients/3307', 'ru');
    expect(v.product).toBeUndefined();
    expect(v.signDate).toBeUndefined();
  });

  it('a long ledger (more than five rows) is consumption, not a purchase', () => {
    const rows = Array.from({ length: 8 }, (_, i) => [`2025-0${i + 1}-10`, `日用品 ${i + 1} 号`, '1', '12.00']);
    const page = `<div class="detail"><table>${person}</table>${table(['日期', '商品', '数量', '金额'], rows)}</div>`;
    const v = values(page, URL);
    expect(v.product).toBeUndefined();
    expect(v.signDate).toBeUndefined();
  });

  it('a product named elsewhere keeps its orders unread (a subscription’s deliveries date no signing)', () => {
    const page = `<div class="detail"><table>${person}${row('订阅商品', '咖啡豆月订 2 包')}</table>${table(
      ['订单号', '下单时间', '商品', '金额'],
      [
        ['SO2611', '2025-11-02', '咖啡豆 2 包', '¥ 0.00'],
        ['SO2510', '2025-10-02', '咖啡豆 2 包', '¥ 0.00'],
      ],
    )}</div>`;
    const v = values(page, URL);
    expect(v.product).toBe('咖啡豆月订 2 包');
    expect(v.signDate).toBeUndefined();
  });

  it('a table in an inactive tab is not read', () => {
    const page = `<div class="detail"><table>${person}</table><div style="display:none">${table(
      ['合同编号', '合同名称', '签约日期', '金额'],
      [['HT-0912', '年度设备维保', '2025-05-20', '12000.00']],
    )}</div></div>`;
    const v = values(page, URL);
    expect(v.product).toBeUndefined();
    expect(v.signDate).toBeUndefined();
  });
});

describe('what was bought, not the car', () => {
  it('a package card’s name (卡名) below a vehicle table is the product, not the car model', () => {
    const page = `<div class="detail"><table>${person}</table><h3>车辆</h3>${table(
      ['车牌', '车型', '里程'],
      [['粤B·7Q21M', '丰田 凯美瑞 2021款 2.0G', '41,200 km']],
    )}<h3>套餐卡</h3>${table(['卡名', '购买日期', '剩余'], [['季度洗车卡（12次）', '2025-06-03', '7 次']])}</div>`;
    const v = values(page, URL);
    expect(v.product).toBe('季度洗车卡（12次）');
    expect(v.signDate).toBe('2025-06-03');
  });

  it('a device model ordered (…型号) beats the car it charges; the car alone is still read', () => {
    const order = `<div class="detail"><table>${person}${row('车型', '比亚迪 海豹 650')}${row('充电桩型号', '壁挂式 11kW 交流桩')}${row('订购日期', '2025-10-08')}</table></div>`;
    const v = values(order, URL);
    expect(v.product).toBe('壁挂式 11kW 交流桩');
    expect(v.signDate).toBe('2025-10-08');
    const lead = `<div class="detail"><table>${person}${row('车型', '比亚迪 海豹 650')}</table></div>`;
    expect(values(lead, URL).product).toBe('比亚迪 海豹 650');
  });

  it('a membership card (会籍卡) and its purchase date (购卡日期), not its activation', () => {
    const page = `<div class="detail"><table>${person}${row('会籍卡', '季卡·单店')}${row('开卡日期', '2025-04-09')}${row('购卡日期', '2025-04-02')}</table></div>`;
    const v = values(page, URL);
    expect(v.product).toBe('季卡·单店');
    expect(v.signDate).toBe('2025-04-02');
  });

  it('a contract’s name (合同名称) is the product only when nothing names what was bought', () => {
    const alone = `<div class="detail"><table>${person}${row('合同名称', '2025 冬令营（5 天）')}</table></div>`;
    expect(values(alone, URL).product).toBe('2025 冬令营（5 天）');
    const both = `<div class="detail"><table>${person}${row('合同名称', 'HT-2025 年度维保合同')}${row('购买产品', '门禁主机 V2')}</table></div>`;
    expect(values(both, URL).product).toBe('门禁主机 V2');
  });
});

describe('who looks after the customer', () => {
  it('the staff the record belongs to by trade (归属美容师, 所属人, 安装经理, 主诊医生)', () => {
    for (const label of ['归属美容师', '所属人', '安装经理', '主诊医生']) {
      const page = `<div class="detail"><table>${person}${row(label, '聂晓彤')}</table></div>`;
      expect(values(page, URL).owner).toBe('聂晓彤');
    }
  });

  it('a doctor the visit is booked with loses to the record’s own owner', () => {
    const page = `<div class="detail"><table>${person}${row('主诊医生', '聂晓彤')}${row('客户经理', '卓一鸣')}</table></div>`;
    expect(values(page, URL).owner).toBe('卓一鸣');
  });
});

describe('a lunar birthday', () => {
  it('农历 with its Gregorian year is read as the Gregorian day (leap months and 初 / 廿 days too)', () => {
    const page = (birthday: string) => `<div class="detail"><table>${person}${row('生日', birthday)}</table></div>`;
    expect(values(page('农历 1992年三月初九'), URL).birthDate).toBe('1992-04-11');
    expect(values(page('农历 2023年闰二月廿一'), URL).birthDate).toBe('2023-04-11');
    expect(values(page('阴历 1979年腊月初八'), URL).birthDate).toBe('1980-01-25');
  });

  it('a lunar day that does not exist (no leap fourth month in 1990) is no date', () => {
    const page = `<div class="detail"><table>${person}${row('生日', '农历 1990年闰四月初八')}</table></div>`;
    expect(values(page, URL).birthDate).toBeUndefined();
  });
});

describe('the gender in the name heading', () => {
  it('a tag inside the heading after the name (“女 · 34岁”) is the gender', () => {
    const page = `<div class="pop" role="dialog"><h4>蓝若溪 <small>女 · 34岁</small></h4>
      <div class="r"><i>手机</i>13712095583</div><div class="r"><i>生日</i>1992-03-18</div></div>`;
    const v = values(page, 'https://crm.example/clinic/calendar');
    expect(v.name).toBe('蓝若溪');
    expect(v.gender).toBe('female');
  });
});
