import type { zhCNIdentity } from './zh-cn-identity';

export const enIdentity: Record<keyof typeof zhCNIdentity, string> = {
  confirmTitle: 'Please confirm who this is',
  confirmField: '{label} “{value}” ({source}, {pct}% sure)',
  confirmHint:
    'These were read with little certainty. Check them on the page and confirm; until then no call is recorded against this customer.',
  confirmButton: 'Checked — confirm',
  confirmBlocked: 'Confirm who the customer is first (O).',
  companyTitle: 'This is a company record: which contact is on the line?',
  companyNoContacts:
    'This is a company record and the page lists no contacts: ask who is speaking and type the name below — the script addresses them.',
  companyContactsTab:
    'This is a company record; its contacts are on the record’s “{tab}” tab: open it to pick the person on the line from the list, or ask who is speaking and type the name below.',
  contactTyped: 'Type the name of the person on the line',
  contactTypedUse: 'Use',
  contactOnLine: 'On the line: {name}',
  contactNone: 'None of them',
  contactNeededIdentity:
    'Nobody is named yet, so “is this you?” cannot be confirmed: ask who is speaking, pick them from the list or type the name below (P), then press Y.',
  contactNeededRecord:
    'A reached call needs the name of the person spoken to: pick them from the list or type the name below (P), then record. Everything typed so far is kept.',
  nameNeeded:
    'The customer’s name is missing, so “is this you?” cannot be confirmed: pick the name on the page first (T), then press Y.',
  contactChange: 'Another contact',
  sourceUrl: 'record id in the address',
  recordIdLabel: 'Record id',
  sourceRecordUrl: 'the page address (URL)',
  sourceRecordLink: 'the page’s link to the customer',
  sourceRecordPage: 'a code shown on the page',
  sourceIdDerived: 'derived from the ID number',
  phoneMobile: 'Mobile',
  phoneLandline: 'Landline',
  phoneOther: 'Phone',
  frameReadUntitled: 'Customer read from an embedded frame of the page.',
  frameRead: 'Customer read from a frame of the page: {where}',
  frameTop: 'the page itself',
  frameAmbiguous:
    '{n} frames of the page show different customers and none can be chosen: click in the frame that holds the customer.',
  frameForeign:
    'The page has {n} frame(s) from other sites ({origins}) that Huifang does not read. Enable Huifang on that site if needed.',
  closedShadow:
    'The page has {n} closed component(s) whose content cannot be read; pick missing fields by hand with “Pick”.',
};
