// The words naming the kind of person a record is about (客户, 会员, 业主, Customer…), and how each reads as a bare
// label (docs/adapters.md, "Session 25: one list of record-kind words"):
// - 'name': a weak name label, only where the page marks it as a label (a menu item, a tab or a status as often);
// - 'addressed': a tier, a status or a menu item as often as the person, so a name only when its value addresses one
//   ("雷某 先生", "王某 女士");
// - 'self': no label of its own, only the role before 本人 in a phone's type (业主本人, 投保人本人).
// Every word here, Han ones before 本人, marks the record's own number (SELF_WORD).
const RECORD_KIND: Record<string, 'name' | 'addressed' | 'self'> = {
  customer: 'name',
  client: 'name',
  cliente: 'name',
  kunde: 'name',
  客户: 'name',
  顾客: 'name',
  会员: 'addressed',
  学员: 'addressed',
  患者: 'addressed',
  车主: 'addressed',
  业主: 'addressed',
  房东: 'self',
  学生: 'self',
  用户: 'self',
  户主: 'self',
  投保人: 'self',
  借款人: 'self',
};

const wordsOfKind = (kind: 'name' | 'addressed' | 'self') =>
  new Set(Object.keys(RECORD_KIND).filter((w) => RECORD_KIND[w] === kind));

/** The bare record words that are a weak name label (Customer, 客户). Labels as toSimplified(normalizeLabel) leaves them. */
export const BARE_RECORD_WORDS: ReadonlySet<string> = wordsOfKind('name');
/** The record kinds that name a person only when the value addresses one (会员, 业主). */
export const ADDRESSED_KIND_WORDS: ReadonlySet<string> = wordsOfKind('addressed');

/** The record's own person named by the record's role (业主本人, 客户本人: the owner, the customer herself). */
export const SELF_WORD = `(?:${Object.keys(RECORD_KIND)
  .filter((w) => /^\p{Script=Han}+$/u.test(w))
  .join('|')})?本人`;
