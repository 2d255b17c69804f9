// Session 20: who looks after the customer — the owner by staff role (docs/adapters.md, "Session 20: owner by role"):
// each rule on a small page of our own (made-up markup, names and numbers, never the held-out pages' own).
import { keyForLabel } from '@/utils/extract/generic/dictionary';
import { namesServiceRole, namesStaffRole } from '@/utils/extract/generic/staff-role';
import { registerWorldWords, toWorldWords, WORLD_WORDS } from '@/utils/extract/generic/words';
import { classReader } from './class-page';

const { values } = classReader('en', new Date('2026-12-01T10:00:00Z'));
const URL = 'https://crm.example/customers/5120';

/** A record of label/value rows (a definition list) under a heading. */
const record = (pairs: [string, string][]) =>
  `<main><h2>Record</h2><dl class="detail">${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></main>`;

describe('the role words are the language tables’ own', () => {
  afterEach(() => registerWorldWords(WORLD_WORDS));

  it('reads a role only from the registered tables, and a new language’s role from its table alone', () => {
    registerWorldWords({});
    expect(namesStaffRole('sales manager')).toBe(false);
    expect(namesStaffRole('区域经理')).toBe(false);
    registerWorldWords({ xx: { roleNoun: 'brannor', sellerSide: 'quillet' } });
    expect(namesStaffRole('quillet brannor')).toBe(true);
    expect(namesStaffRole('brannor')).toBe(false);
    registerWorldWords(toWorldWords(JSON.parse(JSON.stringify(WORLD_WORDS))) ?? {});
    expect(namesStaffRole('sales manager')).toBe(true);
    expect(namesStaffRole('区域经理')).toBe(true);
  });

  it('hands the role parts over with the field words, and no role word is a label of its own', () => {
    expect(toWorldWords({ sw: { roleNoun: 'afisa', sellerSide: 'mauzo', serviceNoun: 'fundi' } })).not.toBeNull();
    expect(keyForLabel('manager')).toBeUndefined();
    expect(keyForLabel('sales')).toBeUndefined();
  });
});

describe('the one who sells or keeps the account, over the one who performs the service', () => {
  it.each([
    ['专属美容师', '葛小棠', '会员顾问', '邱雨桐', 'zh-CN'],
    ['負責驗光師', '馮詩涵', '服務專員', '邵承恩', 'zh-TW'],
    ['负责技师', '柴立伟', '客户经理', '詹秋萍', 'zh-CN'],
  ])('%s (%s) shown first, %s (%s) is the owner', (service, serviceName, seller, sellerName, lang) => {
    const got = values(
      record([
        ['姓名', '柏嘉怡'],
        ['手机', '139 0571 2846'],
        [service, serviceName],
        [seller, sellerName],
      ]),
      URL,
      lang,
    );
    expect(got.owner).toBe(sellerName);
  });

  it('an agent (代理人) who may act for the customer ranks below an adviser who sells to them', () => {
    const got = values(
      record([
        ['客户名称', '杭州禾丰茶业有限公司'],
        ['联系电话', '0571-8697 2213'],
        ['代理人', '司徒峻'],
        ['商务顾问', '温若兰'],
      ]),
      URL,
      'zh-CN',
    );
    expect(got.owner).toBe('温若兰');
  });

  it('a service role alone is still the staff member the customer is assigned to', () => {
    const got = values(
      record([
        ['姓名', '柏嘉怡'],
        ['手机', '139 0571 2846'],
        ['负责发型师', '叶蔓'],
      ]),
      URL,
      'zh-CN',
    );
    expect(got.owner).toBe('叶蔓');
  });

  it('tells a trade noun from a seller role in many languages', () => {
    for (const label of [
      '专属美容师',
      '负责验光师',
      '服务工程师',
      '主诊医生',
      'assigned technician',
      'médico responsable',
    ])
      expect(namesServiceRole(label)).toBe(true);
    for (const label of ['会员顾问', '服务专员', '学管老师', 'account manager', 'asesor comercial'])
      expect(namesServiceRole(label)).toBe(false);
  });
});

describe('never the owner (a guard: read so before session 20, stated with its rules)', () => {
  it('neither the signed-in user of the app’s bar, nor an audit field, nor a relative', () => {
    const got = values(
      '<div class="topbar"><span>当前用户：龚晓岚</span><span>退出</span></div>' +
        record([
          ['姓名', '柏嘉怡'],
          ['手机', '139 0571 2846'],
          ['创建人', '蒋立'],
          ['修改人', '欧阳青'],
        ]) +
        '<section><h3>紧急联系人</h3><dl><dt>姓名</dt><dd>柏振东</dd><dt>关系</dt><dd>父亲</dd></dl></section>',
      URL,
      'zh-CN',
    );
    expect(got.name).toBe('柏嘉怡');
    expect(got.owner).toBeUndefined();
  });
});

describe('seller roles of more languages, by role noun and qualifier', () => {
  it.each([
    ['Meneja wa mauzo', 'Wanjiru Kamau', 'sw'],
    ['Umphathi wokuthengisa', 'Thandeka Zulu', 'zu'],
    ['Umeluleki wamakhasimende', 'Lwazi Ndlovu', 'zu'],
    ['Sarkaalka macmiilka', 'Hodan Cali Warsame', 'so'],
    ['د پلور استازی', 'احمد ولي', 'ps'],
    ['సేల్స్ మేనేజర్', 'రవి కుమార్', 'te'],
    ['રિલેશનશિપ મેનેજર', 'હેતલ પટેલ', 'gu'],
    ['സെയിൽസ് എക്സിക്യൂട്ടീവ്', 'അനൂപ് നായർ', 'ml'],
    ['ಸೇಲ್ಸ್ ಮ್ಯಾನೇಜರ್', 'ಸುಮಾ ರಾವ್', 'kn'],
    ['የሽያጭ ኦፊሰር', 'ሰላም ታደሰ', 'am'],
    ['Менеджер з продажу', 'Оксана Мельник', 'uk'],
    ['Мениджър на клиента', 'Петя Иванова', 'bg'],
    ['מנהל לקוחות', 'נועה כהן', 'he'],
    ['Pardavimų vadybininkė', 'Rūta Kazlauskienė', 'lt'],
    ['გაყიდვების მენეჯერი', 'ნინო ბერიძე', 'ka'],
    ['고객 담당자', '김서연', 'ko'],
  ])('“%s” names the owner', (label, owner, lang) => {
    const got = values(
      record([
        ['Name', 'Morgan Ellery'],
        ['Phone', '+44 20 7946 0321'],
        [label, owner],
      ]),
      URL,
      lang,
    );
    expect(got.owner).toBe(owner);
  });

  it('a role of the customer’s own company is still no owner', () => {
    for (const label of ['meneja mkuu', 'umphathi jikelele', 'maareeyaha guud'])
      expect(namesStaffRole(label)).toBe(false);
  });
});
