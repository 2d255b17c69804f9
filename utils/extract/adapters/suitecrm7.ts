import type { SiteAdapter } from '../../core/schemas/site-adapter';

// SuiteCRM 7.x, SuiteP theme, DetailView of Contacts/Leads: values keyed by div[field=...].
export const suitecrm7Adapter: SiteAdapter = {
  id: 'suitecrm7',
  name: 'SuiteCRM 7',
  urlPatterns: [
    '*://*/index.php?*module=Contacts*action=DetailView*',
    '*://*/index.php?*module=Leads*action=DetailView*',
    '*://*/index.php?*action=DetailView*module=Contacts*',
  ],
  detect: ['#formDetailView input[name=module]', '.detail-view .detail-view-field[field]'],
  root: ['#pagecontent', '#content'],
  exclude: ['#subpanel_list', '#quickcreate_template', '#sidebar_container'],
  dateOrder: 'mdy',
  fields: {
    name: [{ selector: '.moduleTitle .module-title-text' }, { selector: '.moduleTitle h2' }],
    phone: [{ selector: '.detail-view [field=phone_work]' }, { label: ['Office Phone'] }],
    mobile: [{ selector: '.detail-view [field=phone_mobile]' }, { label: ['Mobile'] }],
    email: [
      { selector: '.detail-view [field=email1] b a.email-link' },
      { selector: '.detail-view [field=email1] a.email-link' },
    ],
    company: [{ selector: '.detail-view [field=account_name]' }],
    address: [{ selector: '.detail-view [field=primary_address_street]' }],
    birthDate: [{ selector: '.detail-view [field=birthdate]' }],
    owner: [{ selector: '.detail-view [field=assigned_user_name]' }],
    customerId: [{ selector: '#formDetailView input[name=record]', read: 'attr', attr: 'value', hidden: true }],
  },
};
