import type { SiteAdapter } from '../../core/schemas/site-adapter';

// Twenty (React SPA) person show page: class names are hashed, the stable hooks are
// id="label-{recordId}-{field}" on label containers, tel:/mailto: hrefs and relation hrefs.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const twentyAdapter: SiteAdapter = {
  id: 'twenty',
  name: 'Twenty',
  urlPatterns: ['*://*/object/person/*'],
  detect: ['[data-record-show-container] [id^="label-"][id$="-phones"]'],
  root: ['#page-body', '[data-record-show-container]'],
  fields: {
    name: [{ selector: '[data-record-show-container] [aria-label]', read: 'attr', attr: 'aria-label' }],
    phone: [{ selector: '[id^="label-"][id$="-phones"] + * a[href^="tel:"]' }],
    email: [{ selector: '[id^="label-"][id$="-emails"] + * a[href^="mailto:"]' }],
    address: [{ selector: '[id^="label-"][id$="-address"] + *' }, { selector: '[id^="label-"][id$="-city"] + *' }],
    company: [{ selector: '[data-record-show-container] a[href*="/object/company/"] > span:last-child' }],
    customerId: [
      {
        selector: '[data-record-show-container] [id^="label-"]',
        read: 'attr',
        attr: 'id',
        pattern: `^label-(${UUID})-`,
      },
    ],
  },
};
