import type { SiteAdapter } from '../../core/schemas/site-adapter';

// Salesforce Lightning Experience record page: Lightning keeps earlier records in the DOM, hidden by a
// stylesheet only, so the root is the *active* div.oneContent. Fields are records-record-layout-item[field-label].
const item = (label: string) => `records-record-layout-item[field-label="${label}"] .test-id__field-value`;

export const salesforceAdapter: SiteAdapter = {
  id: 'salesforce',
  name: 'Salesforce Lightning',
  urlPatterns: ['*://*/lightning/r/Contact/*', '*://*/lightning/r/Lead/*', '*://*/lightning/r/Account/*'],
  detect: ['.oneContent.active records-record-layout-item[field-label]'],
  root: ['.oneContent.active', '.windowViewMode-normal.active'],
  exclude: ['flexipage-tab2.slds-hide'],
  dateOrder: 'mdy',
  fields: {
    name: [{ selector: '[slot=primaryField] lightning-formatted-name' }, { selector: '[slot=primaryField]' }],
    phone: [{ selector: item('Phone') }, { selector: item('Business Phone') }],
    mobile: [{ selector: item('Mobile') }],
    email: [{ selector: item('Email') }],
    company: [{ selector: item('Account Name') }],
    birthDate: [{ selector: item('Birthdate') }],
    address: [{ selector: item('Mailing Address') }, { selector: item('Address') }],
    owner: [{ selector: item('Contact Owner') }, { selector: item('Lead Owner') }, { selector: item('Account Owner') }],
    customerId: [
      {
        selector: 'a[href*="/lightning/r/"]',
        read: 'attr',
        attr: 'href',
        pattern: '/lightning/r/(?:Contact|Lead|Account)/([A-Za-z0-9]{15,18})/',
      },
    ],
  },
};
