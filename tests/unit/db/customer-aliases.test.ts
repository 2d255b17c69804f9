// A page names its customer by the URL record first; customers stored under older keys keep them (docs/data.md).
import Dexie from 'dexie';
import { identityOf, makeCustomerKey, makeRecordKey, type Customer } from '@/utils/core/schemas/customer';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { recordFromUrl } from '@/utils/core/url-record';
import { deriveCustomers } from '@/utils/core/export/migrate';
import {
  declareVersion1,
  declareVersion2,
  declareVersion4,
  declareVersion5,
  declareVersion6,
  declareVersion7,
  HuifangDb,
} from '@/utils/db/app-db';
import { resolveCustomerKey } from '@/utils/db/customer-aliases';
import { upsertCustomer } from '@/utils/db/customers';
import { makeRecord, openTestDb } from './helpers';

const origin = 'http://127.0.0.1:8080';
const now = new Date('2026-11-29T00:00:00Z');

function ctx(url: string, fields: Record<string, string>): CustomerContext {
  const rec = recordFromUrl(url);
  return {
    url,
    origin,
    adapterId: null,
    fields: Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, { value: v, raw: v, source: { via: 'adapter' as const } }]),
    ),
    extra: {},
    missing: [],
    flags: [],
    extractedAt: now.toISOString(),
    ...(rec ? { record: { id: rec.id, entity: rec.entity, from: 'url' as const } } : {}),
  };
}

/** What the background does when a page shows a customer: resolve, then store under that key. */
async function see(db: HuifangDb, c: CustomerContext): Promise<Customer> {
  const id = identityOf(c);
  if (!id) throw new Error('no identity');
  const key = await resolveCustomerKey(db, id);
  const values = Object.fromEntries(Object.entries(c.fields).map(([k, v]) => [k, v.value]));
  return upsertCustomer(db, {
    key,
    origin,
    customerId: c.fields.customerId?.value ?? null,
    context: values,
    sourceUrl: c.url,
    now,
  });
}

const mingde = { name: '上海明德贸易有限公司', mobile: '13912345678' };

describe('resolving the stored customer', () => {
  it('keeps one customer across the tabs of a record, the code kept from the card', async () => {
    const db = openTestDb();
    const card = await see(db, ctx(`${origin}/societe/card.php?socid=1`, { ...mingde, customerId: 'CU2611-00001' }));
    const tab = await see(db, ctx(`${origin}/societe/contact.php?socid=1`, mingde));
    const events = await see(db, ctx(`${origin}/societe/agenda.php?socid=1`, { name: mingde.name }));
    expect(card.key).toBe(makeRecordKey(origin, { id: '1', entity: 'societe' }));
    expect([tab.key, events.key]).toEqual([card.key, card.key]);
    expect(events.customerId).toBe('CU2611-00001');
    expect(await db.customers.count()).toBe(1);
  });

  it('keeps the history of a customer stored under its code or its name + phone before URL records counted', async () => {
    const db = openTestDb();
    const coded = makeCustomerKey({ origin, customerId: 'CU2611-00001' });
    await upsertCustomer(db, { key: coded, origin, customerId: 'CU2611-00001', context: mingde, sourceUrl: '', now });
    const seen = await see(db, ctx(`${origin}/societe/card.php?socid=1`, { ...mingde, customerId: 'CU2611-00001' }));
    expect(seen.key).toBe(coded);
    // Now known by its URL record too: a tab without the code finds it.
    expect((await see(db, ctx(`${origin}/societe/agenda.php?socid=1`, { name: mingde.name }))).key).toBe(coded);

    const derived = makeCustomerKey({ origin, name: '伟 李', phone: '13912348821' });
    await upsertCustomer(db, {
      key: derived,
      origin,
      customerId: null,
      context: { name: '伟 李', mobile: '13912348821' },
      sourceUrl: 'file:///saved.html',
      now,
    });
    const contact = await see(db, ctx(`${origin}/contact/card.php?id=1`, { name: '伟 李', mobile: '13912348821' }));
    expect(contact.key).toBe(derived);
    // The phone corrected in the CRM: the URL record still finds the same customer.
    const moved = await see(db, ctx(`${origin}/contact/card.php?id=1`, { name: '伟 李', mobile: '13700000000' }));
    expect(moved.key).toBe(derived);
    expect(moved.context.mobile).toBe('13700000000');
  });

  it('never joins two CRM records that share a name and phone', async () => {
    const db = openTestDb();
    const a = await see(db, ctx(`${origin}/contact/card.php?id=5`, { name: '王芳', mobile: '13800000001' }));
    const b = await see(db, ctx(`${origin}/contact/card.php?id=6`, { name: '王芳', mobile: '13800000001' }));
    expect(b.key).not.toBe(a.key);
    const c = await see(db, ctx('file:///a.html', { name: '李四', mobile: '13800000002', customerId: 'A1' }));
    const d = await see(db, ctx('file:///b.html', { name: '李四', mobile: '13800000002', customerId: 'A2' }));
    expect(d.key).not.toBe(c.key);
  });

  it('finds a work list entry by the code the list gave', async () => {
    const db = openTestDb();
    const listed = makeCustomerKey({ origin, customerId: 'CU2611-00001' });
    await db.customers.put({
      ...deriveCustomers([makeRecord(1, { customerKey: listed })])[0]!,
      key: listed,
      origin,
      customerId: 'CU2611-00001',
    });
    const seen = await see(db, ctx(`${origin}/societe/card.php?socid=1`, { ...mingde, customerId: 'CU2611-00001' }));
    expect(seen.key).toBe(listed);
  });
});

describe('database upgrade 7 → 13 (customer aliases)', () => {
  it('keeps every row and makes each customer findable by the record its page URL names', async () => {
    const name = `upgrade13-${Math.random()}`;
    const old = new Dexie(name);
    for (const declare of [declareVersion1, declareVersion2, declareVersion4, declareVersion5, declareVersion6])
      declare(old);
    declareVersion7(old);
    await old.open();
    const records = [
      makeRecord(1, { customerKey: makeCustomerKey({ origin, customerId: 'CU2611-00001' }) }),
      makeRecord(2, { customerKey: makeCustomerKey({ origin, name: '伟 李', phone: '13912348821' }) }),
    ];
    const customers = deriveCustomers(records).map((c, i) => ({
      ...c,
      origin,
      sourceUrl: i === 0 ? `${origin}/societe/card.php?socid=1` : `${origin}/contact/card.php?id=1`,
      customerId: i === 0 ? 'CU2611-00001' : null,
      context: i === 0 ? mingde : { name: '伟 李', mobile: '13912348821' },
    }));
    await old.transaction('rw', ['callbacks', 'customers'], async () => {
      await old.table('callbacks').bulkAdd(records);
      await old.table('customers').bulkAdd(customers);
    });
    expect(old.verno).toBe(7);
    old.close();

    const db = new HuifangDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(13);
    expect(await db.callbacks.orderBy('id').toArray()).toEqual(records);
    expect(await db.customers.orderBy('key').toArray()).toEqual(
      [...customers].sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
    const byAlias = new Map((await db.customerAliases.toArray()).map((a) => [a.alias, a.key]));
    expect(byAlias.get(makeRecordKey(origin, { id: '1', entity: 'societe' }))).toBe(customers[0]?.key);
    expect(byAlias.get(makeRecordKey(origin, { id: '1', entity: 'contact' }))).toBe(customers[1]?.key);
    // The company's card, its events tab and the contact with a corrected phone find their stored customers.
    const tab = identityOf(ctx(`${origin}/societe/agenda.php?socid=1`, { name: mingde.name }));
    const moved = identityOf(ctx(`${origin}/contact/card.php?id=1`, { name: '伟 李', mobile: '13700000000' }));
    expect(await resolveCustomerKey(db, tab!)).toBe(customers[0]?.key);
    expect(await resolveCustomerKey(db, moved!)).toBe(customers[1]?.key);
    db.close();
  });
});
