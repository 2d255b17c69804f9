import type { SiteAdapter } from '../../core/schemas/site-adapter';

// SuiteCRM 7.x (SuiteP theme, also SinergiaCRM 2.x), DetailView of Contacts/Leads/Accounts: values keyed by
// div[field=...]. Checked against real SinergiaCRM 2.9.0 captures (tests/fixtures/real-crm/suitecrm/):
// several typed phones are separate fields (phone_mobile, phone_work, phone_office), the address is split
// into street/postcode/city/state/country cells, and the date format is the user's (read from the page).
const ADDRESS_PARTS = ['street', 'postalcode', 'city', 'state', 'country'];
const address = (prefix: string) => ({
  selector: ADDRESS_PARTS.map((p) => `.detail-view [field=${prefix}_address_${p}]`).join(', '),
  all: true,
  join: ', ',
  hidden: true,
});

export const suitecrm7Adapter: SiteAdapter = {
  id: 'suitecrm7',
  name: 'SuiteCRM 7',
  urlPatterns: [
    '*://*/index.php?*module=Contacts*action=DetailView*',
    '*://*/index.php?*module=Leads*action=DetailView*',
    '*://*/index.php?*module=Accounts*action=DetailView*',
    '*://*/index.php?*action=DetailView*module=Contacts*',
  ],
  detect: ['#formDetailView input[name=module]', '.detail-view .detail-view-field[field]'],
  root: ['#pagecontent', '#content'],
  exclude: ['#subpanel_list', '#quickcreate_template', '#sidebar_container', '.sidebar', '#recentlyViewedSidebar'],
  dateOrder: 'mdy',
  fields: {
    name: [{ selector: '.moduleTitle .module-title-text' }, { selector: '.moduleTitle h2' }],
    phone: [
      { selector: '.detail-view [field=phone_work]', hidden: true },
      { selector: '.detail-view [field=phone_office]', hidden: true },
      { label: ['Office Phone'] },
    ],
    mobile: [{ selector: '.detail-view [field=phone_mobile]', hidden: true }, { label: ['Mobile'] }],
    email: [
      { selector: '.detail-view [field=email1] b a.email-link', hidden: true },
      { selector: '.detail-view [field=email1] a.email-link', hidden: true },
    ],
    company: [
      { selector: '.detail-view [field=account_name]', hidden: true },
      // An account is its own company.
      { selector: '.detail-view [field=name][type=name]', hidden: true },
    ],
    address: [address('primary'), address('billing')],
    birthDate: [{ selector: '.detail-view [field=birthdate]', hidden: true }],
    gender: [{ selector: '.detail-view [field=stic_gender_c]', hidden: true }],
    idNumber: [{ selector: '.detail-view [field=stic_identification_number_c]', hidden: true }],
    owner: [{ selector: '.detail-view [field=assigned_user_name]', hidden: true }],
    customerId: [{ selector: '#formDetailView input[name=record]', read: 'attr', attr: 'value', hidden: true }],
  },
};
