import type { DateOrder, DateReading } from '../core/normalize/date';
import type { ValueSource } from '../core/schemas/customer-context';
import type { AncestorCache } from './composed';
import type { HiddenCache } from './dom';
import type { LabelTextCache } from './labels';
import type { TextWalk, WalkCache } from './walk';

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
  /** Hidden-for-good verdicts (closed dialogs, inert parts…), per element, for one pass. */
  never?: HiddenCache;
  /** How the page writes dates: the day/month order, and the page's language (month names, calendars). */
  order: DateReading;
  /** The order the page's own unambiguous dates show (beats an adapter's default). */
  pageOrder?: DateOrder | null;
  /** Every short label-like text per searched root, found once per extraction and shared by the label rules. */
  labelTexts?: LabelTextCache;
  /** Elements each adapter selector matched, per root: the page does not change during one extraction. */
  queries?: Map<ParentNode, Map<string, Element[]>>;
  /** Per root and attribute name, the root's elements carrying it by value (lower case), for the adapter selectors. */
  valueIndex?: Map<ParentNode, Map<string, Map<string, Element[]>>>;
  /** Each candidate's composed ancestors (containment by lookup), for one pass. */
  ancestors?: AncestorCache;
  /** Each scope's elements and their attribute names, from the scan for shadow roots (utils/extract/walk.ts). */
  walks?: WalkCache;
  /** The body's text nodes, in page order, walked once (utils/extract/walk.ts). */
  texts?: TextWalk;
  /** Per record root, whether it shows a shop member's rank (page-kind.ts `showsMemberRank`): three rules ask it. */
  memberRank?: Map<Element, boolean>;
  /** Per table row, whether it is drawn apart from the row below as a header row (generic/collect.ts). */
  drawnHeaders?: Map<Element, boolean>;
}

/**
 * A computation in steps: each `yield` is a point where the page may run before the next step (utils/extract/sliced.ts);
 * run to the end at once, it is the plain function.
 */
export type Steps<T> = Generator<void, T, void>;

/** The result of `steps`, run to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
