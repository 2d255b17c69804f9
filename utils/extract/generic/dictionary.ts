// zh-CN and English label synonyms → field keys. Labels are compared normalised (no colon, lower case).

const SYNONYMS: Record<string, string[]> = {
  name: ['客户名称', '客户姓名', '姓名', '客户名', '联系人', '联系人姓名', '投保人', '投保人姓名', '名称', '全名', '真实姓名',
    'name', 'full name', 'customer name', 'contact name', 'client name', 'contact', 'account name (person)'],
  company: ['公司', '公司名称', '工作单位', '单位', '单位名称', '所属公司', '企业名称', '客户公司', '就职单位', '所在单位',
    'company', 'company name', 'account name', 'account', 'organization', 'organisation', 'employer', 'organization name'],
  phone: ['电话', '固定电话', '座机', '联系电话', '办公电话', '单位电话', '公司电话', '商务电话', '工作电话', '家庭电话', '电话号码',
    'phone', 'office phone', 'work phone', 'business phone', 'bus. phone', 'telephone', 'tel', 'tel.', 'landline', 'phone number', 'home phone', 'phones',
    'téléphone', 'téléphone pro.', 'tél.', 'teléfono', 'telefon'],
  mobile: ['手机', '手机号', '手机号码', '移动电话', '联系手机', '手机号码1', '本人手机', 'mobile', 'mobile phone', 'cell', 'cell phone', 'cellphone', 'mobile number', 'mobile phone number', 'mobiles',
    'tél. portable', 'portable', 'móvil', 'handy'],
  email: ['邮箱', '电子邮件', '电子邮箱', '邮件', '邮件地址', 'email', 'e-mail', 'email address', 'e-mail address', 'mail', 'primary email', 'emails', 'courriel'],
  idNumber: ['证件号', '证件号码', '身份证', '身份证号', '身份证号码', '居民身份证号码', '证件编号', '身份证件号码', '投保人身份证号',
    'id number', 'national id', 'id no', 'id no.', 'id card number', 'resident id'],
  gender: ['性别', 'gender', 'sex'],
  birthDate: ['出生日期', '生日', '出生年月日', '出生年月', 'birthdate', 'birthday', 'date of birth', 'dob', 'birth date'],
  address: ['地址', '联系地址', '通讯地址', '家庭地址', '住址', '居住地址', '家庭住址', '常住地址', '通信地址', '邮寄地址',
    'address', 'adresse', 'mailing address', 'primary address', 'postal address', 'home address', 'contact address'],
  customerId: ['contact id', 'account id', 'record id', 'contact no', 'contact no.', '客户编号', '客户代码', '客户id', '客户号', '客户编码', 'customer code', 'code client', 'customer id', 'customer no', 'customer no.', 'customer number', 'client id', 'client number'],
  product: ['产品', '产品名称', '购买产品', '投保产品', '险种', '险种名称', '合同产品', '认购产品', '理财产品', 'product', 'product name', 'plan', 'policy product'],
  signDate: ['签约日期', '签订日期', '合同日期', '签单日期', '投保日期', '认购日期', '购买日期', '签约时间', '合同签订日期',
    'sign date', 'signing date', 'contract date', 'signed date', 'date signed', 'contract signed', 'policy date'],
  owner: ['客户所有人', '所有人', '记录所有人', '负责人', '理财经理', '客户经理', '客户所有者', '所有者', '销售代表', '业务员', '归属人', '跟进人', '所属销售', '专属顾问', '服务经理',
    'owner', 'contact owner', 'account owner', 'lead owner', 'assigned to', 'assigned user', 'salesperson', 'sales rep', 'sales representative',
    'sales representatives', 'commerciaux affectés au tiers', 'account manager', 'relationship manager', 'record owner', 'customer owner'],
  businessType: ['业务类型', 'business type'],
  bankAccount: ['银行账号', '账号', '银行卡号', '银行账户', 'bank account', 'account number', 'iban'],
};

/** Address parts some CRMs split into their own cells, joined in display order. */
const ADDRESS_PART_CN = new Set(['省', '省份', '市', '城市', '县', '区', '区县', '区域', '所在地区', '详细地址', '街道', '街道地址']);
const ADDRESS_PART_EN = /^(?:(?:mailing|billing|shipping|primary|home|postal|contact)\s+)?(?:street(?: address)?|address line ?[12]|city|town|state|province|region|district|zip|zip code|zip\/postal code|postal code|postcode|country)$/;

export function isAddressPart(label: string): boolean {
  return ADDRESS_PART_CN.has(label) || ADDRESS_PART_EN.test(label);
}

/** First/last name cells some CRMs show instead of one name. */
export function namePart(label: string): 'first' | 'last' | undefined {
  if (/^(first name|given name|firstname|名|名字)$/.test(label)) return 'first';
  if (/^(last name|surname|family name|lastname|姓|姓氏)$/.test(label)) return 'last';
  return undefined;
}

const LABEL_TO_KEY = new Map<string, string>();
for (const [key, labels] of Object.entries(SYNONYMS)) for (const l of labels) LABEL_TO_KEY.set(l, key);

export function keyForLabel(label: string): string | undefined {
  return LABEL_TO_KEY.get(label);
}

// Field names in name=/field=/data-* attributes (lower case, '_' and '-' removed).
const ATTRIBUTE_KEYS: Record<string, string> = {
  phone: 'phone', phonework: 'phone', workphone: 'phone', officephone: 'phone', telephone: 'phone', tel: 'phone', businessphone: 'phone', phonenumber: 'phone', landline: 'phone',
  mobile: 'mobile', phonemobile: 'mobile', mobilephone: 'mobile', cellphone: 'mobile', cell: 'mobile', mobileno: 'mobile', shouji: 'mobile',
  email: 'email', email1: 'email', emailaddress: 'email', mail: 'email',
  idnumber: 'idNumber', idcard: 'idNumber', idno: 'idNumber', certno: 'idNumber', identityno: 'idNumber', sfzh: 'idNumber',
  gender: 'gender', sex: 'gender', birthdate: 'birthDate', birthday: 'birthDate', dateofbirth: 'birthDate',
  companyname: 'company', accountname: 'company', company: 'company', workunit: 'company',
  customername: 'name', contactname: 'name', fullname: 'name', custname: 'name',
  parentid: 'company', parentname: 'company',
  address: 'address', signdate: 'signDate', contractdate: 'signDate', productname: 'product',
  owner: 'owner', assigneduser: 'owner', assignedusername: 'owner', ownername: 'owner', managername: 'owner', userid: 'owner',
};

export function keyForAttribute(value: string): string | undefined {
  const v = value.toLowerCase().replace(/^(form_item_|field_|crm_)/, '').replace(/_\d+$/, '').replace(/[-_\s]/g, '');
  return ATTRIBUTE_KEYS[v];
}

/** Names of hidden inputs that carry the record's id. */
export const RECORD_ID_INPUTS = new Set(['record', 'recordid', 'record_id', 'customerid', 'customer_id', 'custid', 'cust_id', 'form_item_id']);
