import type { SiteAdapter } from '../../core/schemas/site-adapter';

// EspoCRM 8 (Backbone SPA), detail view: div.field[data-name=...]; one Phone field lists typed numbers.
const PHONE = String.raw`([+\d][\d\s().-]{5,}\d)\s*`;

export const espocrmAdapter: SiteAdapter = {
  id: 'espocrm',
  name: 'EspoCRM 8',
  urlPatterns: ['*://*/#Contact/view/*', '*://*/#Lead/view/*', '*://*/#Account/view/*'],
  detect: ['.detail[data-scope] .field[data-name]'],
  root: ['#main .record .detail', '#main'],
  exclude: [
    '.panel-stream',
    '.panel-activities',
    '.panel-opportunities',
    '.panel-cases',
    '.panel-history',
    '.panel-tasks',
  ],
  dateOrder: 'mdy',
  fields: {
    name: [{ selector: '.field[data-name=name]' }],
    mobile: [{ selector: '.field[data-name=phoneNumber]', pattern: `${PHONE}\\(Mobile\\)` }],
    phone: [
      { selector: '.field[data-name=phoneNumber]', pattern: `${PHONE}\\((?:Office|Work|Home)\\)` },
      { selector: '.field[data-name=phoneNumber] a[href^="tel:"]' },
    ],
    email: [
      { selector: '.field[data-name=emailAddress] a[data-email-address]', read: 'attr', attr: 'data-email-address' },
      { selector: '.field[data-name=emailAddress] a' },
    ],
    company: [
      { selector: '.field[data-name=accounts] .link-multiple-item a' },
      { selector: '.field[data-name=account] a' },
    ],
    address: [{ selector: '.field[data-name=address]', pattern: String.raw`^([\s\S]*?)(?:\nView on Map)?$` }],
    owner: [{ selector: '.field[data-name=assignedUser]' }],
  },
};
