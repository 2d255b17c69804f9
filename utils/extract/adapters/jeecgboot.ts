import type { SiteAdapter } from '../../core/schemas/site-adapter';

// JeecgBoot (Vue 3 + Ant Design Vue) generated CRUD: the record is the open 详情 modal; values are in
// disabled inputs or ant-select items; label colons are drawn by CSS.
export const jeecgbootAdapter: SiteAdapter = {
  id: 'jeecgboot',
  name: 'JeecgBoot',
  urlPatterns: ['*://*/crm/customer/*', '*://*/crm/crmCustomer*'],
  detect: ['.ant-modal-root .jeecg-basic-form'],
  root: ['.ant-modal-root .ant-modal-body', '.jeecg-basic-form'],
  dateOrder: 'ymd',
  fields: {
    name: [{ label: ['客户姓名', '客户名称'] }],
    gender: [{ label: ['性别'] }],
    idNumber: [{ label: ['身份证号', '证件号码'] }],
    birthDate: [{ label: ['出生日期'] }],
    mobile: [{ label: ['手机号', '手机号码', '手机'] }],
    phone: [{ label: ['联系电话', '电话'] }],
    email: [{ label: ['邮箱'] }],
    company: [{ label: ['工作单位'] }],
    address: [{ label: ['联系地址', '地址'] }],
    product: [{ label: ['产品名称'] }],
    signDate: [{ label: ['签约日期'] }],
    owner: [{ label: ['客户经理'] }],
    businessType: [{ label: ['业务类型'] }],
    customerId: [{ selector: '#form_item_id', read: 'attr', attr: 'value', hidden: true }],
  },
};
