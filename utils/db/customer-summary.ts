import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import type { Customer } from '../core/schemas/customer';

// The queue's page and counts, and attempts per customer, read a small row per customer instead of whole customer
// rows (docs/data.md, "Queue"). The rows are derived: this middleware writes them in the same transaction as every
// write to `customers`, whatever code path makes it, so they cannot drift; version 7 fills them for existing rows.

export const summaryTable = 'customerSummary';

/** One small row per customer: when it enters the queue (absent = not queued, so not in the index) and its attempts. */
export interface CustomerSummary {
  key: string;
  /** The earliest of the deadline and the agreed call-back (ISO, UTC), the queue's order. */
  queueAt?: string;
  attempts: number;
}

/** The summary of a customer row; rows from before version 2 may lack the queue fields. */
export function summariseCustomer(c: Pick<Customer, 'key' | 'dueAt' | 'nextCallBackAt'> & Partial<Customer>) {
  const times = [c.dueAt, c.nextCallBackAt].filter((t): t is string => typeof t === 'string');
  const queueAt = times.sort()[0];
  const summary: CustomerSummary = { key: c.key, attempts: c.stats?.attempts ?? 0 };
  if (queueAt !== undefined) summary.queueAt = queueAt;
  return summary;
}

/** Whether a transaction can reach a store (not during an upgrade that runs before version 7 created it). */
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
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = req.values.filter((_, i) => !res.failures[i]);
      return values.length
        ? { type: 'put', trans: req.trans, values: values.map((v: Customer) => summariseCustomer(v)) }
        : null;
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

function summarised(customers: DBCoreTable, summaries: () => DBCoreTable): DBCoreTable {
  return {
    ...customers,
    async mutate(req) {
      const res = await customers.mutate(req);
      const follow = reaches(req.trans, summaryTable) ? mirror(req, res) : null;
      if (follow) await summaries().mutate(follow);
      return res;
    },
  };
}

/** Keeps `customerSummary` in step with `customers`; every read-write transaction on customers includes it. */
export const customerSummaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'huifang-customer-summary',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes('customers') && !stores.includes(summaryTable)
          ? [...stores, summaryTable]
          : stores,
        mode,
        options,
      ),
    table: (name) =>
      name === 'customers' ? summarised(down.table(name), () => down.table(summaryTable)) : down.table(name),
  }),
};
