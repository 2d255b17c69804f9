import type { SiteAdapter } from '../../core/schemas/site-adapter';

// hxtd wealth-management CRM (JSP): 4-column "标签：值" tables; the contract is only in the order list.
const INFO = 'table.id_table3';

export const hxtdAdapter: SiteAdapter = {
  id: 'hxtd',
  name: 'hxtd 财富管理CRM',
  urlPatterns: ['*://*/hxtd/customer/customer/toViewPage.do*'],
  detect: ['table.id_table3 + h1 + table.id_table4'],
  root: ['body'],
  dateOrder: 'ymd',
  fields: {
    name: [{ selector: INFO, label: ['客户名称', '客户姓名'] }],
    idNumber: [{ selector: INFO, label: ['证件号', '证件号码', '身份证号'] }],
    phone: [{ selector: INFO, label: ['电话'] }],
    mobile: [{ selector: INFO, label: ['手机'] }],
    email: [{ selector: INFO, label: ['邮箱'] }],
    company: [{ selector: INFO, label: ['公司', '工作单位'] }],
    address: [{ selector: INFO, label: ['省', '市', '县', '详细地址'], all: true, join: ', ' }],
    owner: [
      { selector: INFO, label: ['理财经理'] },
      { selector: INFO, label: ['客户所有者'] },
    ],
    product: [{ selector: '#orderList', column: ['产品名称'] }],
    signDate: [{ selector: '#orderList', column: ['签约日期'] }],
    businessType: [{ selector: '#orderList', column: ['业务类型'] }],
    bankAccount: [{ selector: INFO, label: ['账号', '银行账号'] }],
    customerId: [{ selector: 'input#customerId', read: 'attr', attr: 'value', hidden: true }],
  },
};
