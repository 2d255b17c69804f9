import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { aliasesOfCustomer, keysOfIdentity, type Customer, type CustomerIdentity } from '../core/schemas/customer';
import type { HuifangDb } from './app-db';

// Every key a stored customer can be found under (docs/data.md, "Customer keys"): the CRM record its page URL
// names, the code it shows, its name + phone hash. A page names its customer by the strongest of these
// (keyOfContext); a customer stored earlier under a weaker key — or imported from a work list by its code — keeps
// that key and its history. The rows are derived: this middleware writes them with every write to `customers`,
// whatever code path makes it (as utils/db/customer-summary.ts does); version 13 fills them for existing rows.

export const aliasTable = 'customerAliases';

/** One key a customer is known by, and the customer's stored key. */
export interface CustomerAlias {
  alias: string;
  key: string;
}

/** The alias rows of a customer row (its own key needs none: a customer is found by its key first). */
export function aliasRowsOf(c: Pick<Customer, 'key' | 'origin' | 'customerId' | 'context' | 'sourceUrl'>) {
  return aliasesOfCustomer(c)
    .filter((a) => a !== c.key)
    .map((alias): CustomerAlias => ({ alias, key: c.key }));
}

/** Whether a transaction can reach a store (not during an upgrade that runs before version 13 created it). */
function reaches(trans: unknown, store: string): boolean {
  if (typeof trans !== 'object' || trans === null || !('objectStoreNames' in trans)) return false;
  const names: unknown = trans.objectStoreNames;
  return (
    typeof names === 'object' &&
    names !== null &&
    'contains' in names &&
    typeof names.contains === 'function' &&
    names.contains(store) === true
  );
}

function mirror(req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest | null {
  if (req.type !== 'add' && req.type !== 'put') return null; // customers are never deleted (retention keeps them)
  const values = req.values
    .filter((_, i) => !res.failures[i])
    .flatMap((v: Customer) => (v && typeof v.key === 'string' && v.context ? aliasRowsOf(v) : []));
  return values.length ? { type: 'put', trans: req.trans, values } : null;
}

function aliased(customers: DBCoreTable, aliases: () => DBCoreTable): DBCoreTable {
  return {
    ...customers,
    async mutate(req) {
      const res = await customers.mutate(req);
      const follow = reaches(req.trans, aliasTable) ? mirror(req, res) : null;
      if (follow) await aliases().mutate(follow);
      return res;
    },
  };
}

/** Keeps `customerAliases` in step with `customers`; every read-write transaction on customers includes it. */
export const customerAliasMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'huifang-customer-aliases',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes('customers') && !stores.includes(aliasTable)
          ? [...stores, aliasTable]
          : stores,
        mode,
        options,
      ),
    table: (name) =>
      name === 'customers' ? aliased(down.table(name), () => down.table(aliasTable)) : down.table(name),
  }),
};

/** The stored customer a key names: its own row, else the customer it is an alias of. */
async function storedKeyOf(db: HuifangDb, key: string): Promise<string | null> {
  if (await db.customers.get(key)) return key;
  const alias = await db.customerAliases.get(key);
  return alias && (await db.customers.get(alias.key)) ? alias.key : null;
}

/**
 * The key a page's customer is stored under: the stored customer found by the page's strongest key (URL record,
 * then shown code), else by name + phone unless that customer is another CRM record (a different URL record or
 * code: two records sharing a name and phone stay two customers); with none found, the page's strongest key.
 */
export async function resolveCustomerKey(db: HuifangDb, id: CustomerIdentity): Promise<string> {
  const keys = keysOfIdentity(id);
  return db.transaction('r', [db.customers, db.customerAliases], async () => {
    for (const key of keys) {
      const stored = await storedKeyOf(db, key);
      if (!stored) continue;
      if (key !== id.derived || (await agrees(db, stored, id))) return stored;
    }
    return keys[0] ?? '';
  });
}

/** A customer found by name + phone is the page's only if no stronger id of it contradicts the page's. */
async function agrees(db: HuifangDb, stored: string, id: CustomerIdentity): Promise<boolean> {
  if (!id.rec && !id.code) return true;
  const known = [stored, ...(await db.customerAliases.where('key').equals(stored).primaryKeys()).map(String)];
  const recs = known.filter((k) => k.startsWith('rec:'));
  const codes = known.filter((k) => k.startsWith('crm:'));
  if (id.rec && recs.length > 0 && !recs.includes(id.rec)) return false;
  if (id.code && codes.length > 0 && !codes.includes(id.code)) return false;
  return true;
}
