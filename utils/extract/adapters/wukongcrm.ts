import type { SiteAdapter } from '../../core/schemas/site-adapter';

// 悟空CRM 11 (Vue 2 + Element UI): the customer opens as a slide-over above the list. Custom fields
// have generated ids, so fields are found by label text.
export const wukongcrmAdapter: SiteAdapter = {
  id: 'wukongcrm',
  name: '悟空CRM 11',
  urlPatterns: ['*://*/#/crm/customer*'],
  detect: ['#slide.slide-detail-card-container .wk-field-view'],
  root: ['#slide .detail-main', '.slide-detail-card-container'],
  exclude: ['.d-container-bd--right', '.el-tabs__header'],
  dateOrder: 'ymd',
  fields: {
    name: [{ selector: '.t-section .type-content .name' }, { label: ['客户名称'] }],
    mobile: [{ label: ['手机', '手机号码'] }],
    phone: [{ label: ['电话', '固定电话'] }],
    email: [{ label: ['邮箱', '电子邮箱'] }],
    company: [{ label: ['工作单位', '公司名称'] }],
    idNumber: [{ label: ['身份证号', '身份证号码', '证件号码'] }],
    gender: [{ label: ['性别'] }],
    birthDate: [{ label: ['出生日期'] }],
    address: [
      { selector: '.is-map_address', label: ['区域', '详细地址'], all: true, join: ', ' },
      { label: ['地址', '详细地址'] },
    ],
    product: [{ label: ['产品名称'] }],
    signDate: [{ label: ['签约日期'] }],
    owner: [{ label: ['理财经理'] }, { label: ['负责人'] }],
    businessType: [{ label: ['业务类型'] }],
  },
};
