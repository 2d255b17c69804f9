import type { DateOrder } from '../core/normalize/date';
import type { ValueSource } from '../core/schemas/customer-context';
import type { HiddenCache } from './dom';

/** One value found on the page for a field key (standard key or extra label), already normalised. */
export interface Found {
  key: string;
  value: string;
  raw: string;
  source: ValueSource;
}

/** What one extraction pass shares between its steps. */
export interface ReadEnv {
  cache: HiddenCache;
  order: DateOrder;
}
