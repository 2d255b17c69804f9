// Round 15's classes of "whose page it is" (docs/adapters.md, "Round 15: whose page it is"): pages read as a customer
// that show none (a colleague's HR file, the signed-in admin's own profile) and records missed whole. Each rule on a
// small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The customer's values of a whole page (its <title> included) at `url`, adapters off. */
function read(title: string, body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;

describe('a staff member’s file is no customer', () => {
  const employee = (head: string) => `${head}<h2>박서연</h2><table>
    ${row('이름', '박서연')}${row('생년월일', '1990-03-14')}${row('휴대폰', '010-5521-8830')}
    ${row('이메일', 'seoyeon.park@hanul-logis.example')}${row('주소', '서울특별시 마포구 양화로 45, 7층')}
    ${row('부서', '물류운영팀')}${row('입사일', '2018-09-03')}${row('계약일', '2018-08-20')}</table>`;

  it('named as an employee’s page by the tab’s title, with a hire date and a department', () => {
    expect(read('직원 상세 - 하늘인사', employee(''), 'https://hr.example/people/e7f3a1', 'ko')).toEqual({});
  });

  it('named so by the breadcrumb’s last part', () => {
    const crumb = '<div class="crumbs">인사관리 › 직원 상세</div>';
    expect(read('하늘인사', employee(crumb), 'https://hr.example/people/e7f3a1', 'ko')).toEqual({});
  });

  it('in English: "Employee profile" with a hire date', () => {
    const body = `<div class="path">People › Employee profile</div><h1>Ellis Barrow</h1><dl>
      <dt>Mobile</dt><dd>+44 7700 900418</dd><dt>Email</dt><dd>e.barrow@northmill.example</dd>
      <dt>Home address</dt><dd>14 Kiln Lane, Leeds LS6 2QT</dd><dt>Date of birth</dt><dd>1987-06-02</dd>
      <dt>Hire date</dt><dd>2015-01-12</dd></dl>`;
    expect(read('Northmill People', body, 'https://hr.example/p/88a1', 'en')).toEqual({});
  });

  it('a customer whose record shows his employment (a loan applicant) is still read', () => {
    const body = `<h1>Loan application LA-20931</h1><dl><dt>Name</dt><dd>Ravi Shenoy</dd>
      <dt>Mobile</dt><dd>+91 98450 11872</dd><dt>Employer</dt><dd>Coastal Freight Pvt Ltd</dd>
      <dt>Date of joining</dt><dd>2019-07-01</dd><dt>Employment type</dt><dd>Salaried</dd></dl>`;
    const values = read('Loan application - LendDesk', body, 'https://lend.example/applications/20931', 'en');
    expect(values.name).toBe('Ravi Shenoy');
    expect(values.mobile).toBe('+919845011872');
  });

  it('a customer page whose title names no staff is read, whatever its department field says', () => {
    const body = `<h2>박서연</h2><table>${row('이름', '박서연')}${row('휴대폰', '010-5521-8830')}
      ${row('부서', '구매팀')}${row('회사', '한울물류')}</table>`;
    expect(read('고객 상세 - 하늘CRM', body, 'https://crm.example/customers/3381', 'ko').name).toBe('박서연');
  });
});

describe('the signed-in user’s own page is no customer', () => {
  const form = `<form><label>用户昵称</label><input value="邵一帆"><label>手机号</label><input value="13651209947">
    <label>邮箱</label><input value="shaoyf@qingmu-soft.example"><label>新密码</label><input type="password"></form>`;

  it('the tab’s title names it ("个人资料 - …", a part of the title)', () => {
    expect(read('个人资料 - 青木后台', form, 'https://crm.example/admin/routine/me', 'zh-CN')).toEqual({});
  });

  it('the breadcrumb’s last part names it', () => {
    const crumb = '<div class="nav">系统设置 / 个人资料</div>';
    expect(read('青木后台', crumb + form, 'https://crm.example/admin/routine/me', 'zh-CN')).toEqual({});
  });

  it('the URL names the admin’s own info (/adminInfo)', () => {
    expect(read('青木后台', form, 'https://crm.example/admin/routine/adminInfo', 'zh-CN')).toEqual({});
  });

  it('"My Profile - …" in the title, before its product name', () => {
    const body = `<h2>Dana Whitlock</h2><dl><dt>Phone</dt><dd>+1 415 555 0148</dd>
      <dt>Email</dt><dd>dana.w@helpline.example</dd></dl>`;
    expect(read('My Profile - Helpline Desk', body, 'https://desk.example/agents/me', 'en')).toEqual({});
  });

  it('a record tab called 个人资料 that shows the customer’s own facts (address, birth date) is read', () => {
    const body = `<div class="nav">客户 / 个人资料</div><h2>邵一帆</h2><table>${row('姓名', '邵一帆')}
      ${row('手机', '13651209947')}${row('出生日期', '1992-05-17')}${row('地址', '杭州市西湖区文三路 90 号')}</table>`;
    const values = read('个人资料', body, 'https://crm.example/contact/perso?id=42', 'zh-CN');
    expect(values.name).toBe('邵一帆');
    expect(values.mobile).toBe('13651209947');
  });
});

describe('records missed whole', () => {
  it('a flat’s owner: the estate, building, unit and room are her address; her own typed number, not her son’s', () => {
    const body = `<h2>翠湖·锦园 88㎡</h2><table>${row('小区', '翠湖·锦园')}${row('楼栋', '5幢')}${row('单元', '3单元')}
      ${row('房号', '1102')}${row('建筑面积', '88㎡')}</table><h3>业主信息</h3><table>${row('业主姓名', '喻春兰')}
      <tr><th>联系电话</th><td><div><span>15967301128</span><span>（业主本人）</span></div>
      <div><span>13706652290</span><span>（儿子 喻博）</span></div></td></tr></table>`;
    const values = read('房源详情', body, 'https://crm.example/house/detail?houseId=7781', 'zh-CN');
    expect(values.name).toBe('喻春兰');
    expect(values.mobile).toBe('15967301128');
    expect(values.address).toBe('翠湖·锦园, 5幢, 3单元, 1102');
  });

  it('an estate alone (no building, unit or room after it) is no address', () => {
    const body = `<table>${row('客户姓名', '喻春兰')}${row('手机', '15967301128')}${row('小区', '翠湖·锦园')}
      ${row('意向面积', '90㎡')}</table>`;
    expect(read('客户详情', body, 'https://crm.example/customer/7781', 'zh-CN').address).toBeUndefined();
  });

  it('a booking: who booked is the customer, and her own line among the guests gives her id, not the companion’s', () => {
    const body = `<div class="panel"><h3>订单详情</h3><dl><dt>预订人</dt><dd>吕思彤</dd><dt>手机号</dt>
      <dd>15829307714</dd></dl><div><b>入住人</b><p>吕思彤\u3000身份证 110105199203150026</p>
      <p>骆志远\u3000身份证 110108199011230013\u3000手机 13601087744</p></div></div>`;
    const values = read('订单 - 山居民宿', body, 'https://crm.example/order/view/5520', 'zh-CN');
    expect(values.name).toBe('吕思彤');
    expect(values.mobile).toBe('15829307714');
    expect(values.idNumber).toBe('110105199203150026');
  });

  it('a service’s user (a car park’s monthly pass holder) under a /user/ URL, with the pass bought and its date', () => {
    const body = `<h3>月卡用户详情</h3><table>${row('车主编号', 'PK0041207')}${row('车主姓名', '鲁海峰')}
      ${row('手机号', '13816620045')}${row('月卡类型', '地下月租卡')}${row('办理日期', '2025-09-01')}
      ${row('有效期至', '2025-12-31')}</table>`;
    const values = read('月卡用户详情 - 停车平台', body, 'https://crm.example/parking/monthly/user/41207', 'zh-CN');
    expect(values).toMatchObject({
      customerId: 'PK0041207',
      name: '鲁海峰',
      mobile: '13816620045',
      product: '地下月租卡',
      signDate: '2025-09-01',
    });
  });
});

describe('가입일 (a shop member’s join date) is no sign date', () => {
  const member = (
    extra: string,
  ) => `<h3>회원 정보</h3><table>${row('이름', '한지민')}${row('휴대전화', '010-3382-5519')}
    ${row('가입일', '2022-03-14')}${extra}</table>`;

  it('an account opened, nothing bought: no sign date', () => {
    const values = read('회원 정보', member(''), 'https://crm.example/member/detail?id=8812', 'ko');
    expect(values.name).toBe('한지민');
    expect(values.signDate).toBeUndefined();
  });

  it('beside the product joined (an insurance plan), the join date is the signing', () => {
    const values = read(
      '계약 정보',
      member(row('가입상품', '무배당 건강보험 플랜A')),
      'https://crm.example/member/detail?id=8812',
      'ko',
    );
    expect(values.signDate).toBe('2022-03-14');
  });
});
