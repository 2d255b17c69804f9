// Record identity (issue #11, item 6): the URL's record id names the customer first (docs/adapters.md).
import fs from 'node:fs';
import path from 'node:path';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import {
  aliasesOfCustomer,
  identityOf,
  keyOfContext,
  makeCustomerKey,
  makeRecordKey,
  sameCustomer,
} from '@/utils/core/schemas/customer';
import { recordFromUrl } from '@/utils/core/url-record';
import { extractCustomer } from '@/utils/extract';
import { createCallState } from '@/utils/call/call-state';
import { parsePage } from '../extract/dom-helpers';

const origin = 'http://127.0.0.1:8080';

function ctx(url: string, fields: Record<string, string>): CustomerContext {
  const src = { via: 'adapter' as const };
  const rec = recordFromUrl(url);
  return {
    url,
    origin,
    adapterId: null,
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: v, raw: v, source: src }])),
    extra: {},
    missing: [],
    flags: [],
    extractedAt: '2026-11-29T00:00:00.000Z',
    ...(rec ? { record: { id: rec.id, entity: rec.entity, from: 'url' as const } } : {}),
  };
}

const mingde = { name: '上海明德贸易有限公司', mobile: '13912345678' };

describe('the customer key', () => {
  it('comes from the URL record first, so the tabs of one record are one customer', () => {
    const card = ctx(`${origin}/societe/card.php?socid=1`, { ...mingde, customerId: 'CU2611-00001' });
    const contactsTab = ctx(`${origin}/societe/contact.php?socid=1`, mingde);
    const eventsTab = ctx(`${origin}/societe/agenda.php?socid=1`, { name: mingde.name });
    const customerTab = ctx(`${origin}/comm/card.php?socid=1`, { ...mingde, customerId: 'CU2611-00001' });
    const key = makeRecordKey(origin, { id: '1', entity: 'societe' });
    for (const c of [card, contactsTab, eventsTab, customerTab]) expect(keyOfContext(c)).toBe(key);
    expect(sameCustomer(card, eventsTab)).toBe(true);
    expect(sameCustomer(contactsTab, customerTab)).toBe(true);
  });

  it('keeps the key when the phone is corrected in the CRM', () => {
    const before = ctx(`${origin}/contact/card.php?id=5`, { name: 'Sean OBrien', mobile: '13800000001' });
    const after = ctx(`${origin}/contact/card.php?id=5`, { name: 'Sean OBrien', mobile: '13800000002' });
    expect(keyOfContext(after)).toBe(keyOfContext(before));
    expect(sameCustomer(before, after)).toBe(true);
  });

  it('tells two records apart even with the same name and phone, and a company from its contact', () => {
    const a = ctx(`${origin}/contact/card.php?id=5`, { name: '王芳', mobile: '13800000001' });
    const b = ctx(`${origin}/contact/card.php?id=6`, { name: '王芳', mobile: '13800000001' });
    expect(sameCustomer(a, b)).toBe(false);
    const company = ctx(`${origin}/societe/card.php?socid=1`, mingde);
    const contact = ctx(`${origin}/contact/card.php?id=1`, mingde);
    expect(sameCustomer(company, contact)).toBe(false);
  });

  it('falls back to the shown code, then to name + phone, as before', () => {
    const coded = ctx('file:///saved.html', { ...mingde, customerId: 'C-9' });
    expect(keyOfContext(coded)).toBe(makeCustomerKey({ origin, customerId: 'C-9' }));
    const plain = ctx('file:///saved.html', mingde);
    expect(keyOfContext(plain)).toBe(makeCustomerKey({ origin, name: mingde.name, phone: mingde.mobile }));
    expect(identityOf(plain)).toEqual({ rec: null, code: null, derived: keyOfContext(plain) });
    expect(keyOfContext(ctx('file:///x.html', {}))).toBeNull();
  });

  it('lists every key a stored customer is found under', () => {
    const row = {
      key: 'crm:http://127.0.0.1:8080#CU2611-00001',
      origin,
      customerId: 'CU2611-00001',
      context: { name: mingde.name, mobile: mingde.mobile },
      sourceUrl: `${origin}/societe/agenda.php?socid=1`,
    };
    expect(aliasesOfCustomer(row)).toEqual([
      row.key,
      makeRecordKey(origin, { id: '1', entity: 'societe' }),
      makeCustomerKey({ origin, name: mingde.name, phone: mingde.mobile }),
    ]);
  });
});

describe('the real Dolibarr tabs of one third party', () => {
  const read = (file: string, url: string) =>
    extractCustomer(
      parsePage(fs.readFileSync(path.resolve(__dirname, '../../fixtures', file), 'utf8')),
      url,
      new Date('2026-11-29T00:00:00Z'),
    );
  const card = read('real-crm/dolibarr-thirdparty-card-zh_CN.html', `${origin}/societe/card.php?socid=2`);
  // The same company's contacts tab, captured from the live instance (no customer code on this tab).
  const tab = read(
    'holdout/dolibarr-live/dolibarr-thirdparty-contacts-tab-zh_CN.html',
    `${origin}/societe/contact.php?socid=2`,
  );

  it('give one key though only the card shows the customer code', () => {
    expect(card.fields.customerId).toBeDefined();
    // The tab shows no code: no customerId (the URL's record id is the record, not a code).
    expect(tab.fields.customerId).toBeUndefined();
    expect(tab.record?.id).toBe(card.record?.id);
    expect(keyOfContext(tab)).toBe(keyOfContext(card));
  });

  it('raise no "switched to another customer" prompt mid-call', () => {
    const s = createCallState();
    s.setPageContext(card);
    s.beginCall();
    s.setPageContext(tab);
    expect(s.switchPending.value).toBeNull();
    // A contact's own card (it links this third party) is the same call too (utils/core/identity/company-call.ts).
    s.setPageContext(read('real-crm/dolibarr-contact-card-zh_CN.html', `${origin}/contact/card.php?id=2`));
    expect(s.switchPending.value).toBeNull();
    // Another third party's card is another customer.
    s.setPageContext(read('real-crm/dolibarr-thirdparty-card-zh_CN.html', `${origin}/societe/card.php?socid=9`));
    expect(s.switchPending.value?.record?.id).toBe('9');
  });
});
