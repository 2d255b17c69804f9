// Sections of a record that hold another person: an elder's emergency contact, a patient's guardian, a borrower's
// guarantor. Their name, mobile and id number are that person's, never the customer's.
const OTHER_PERSON =
  /紧急联系人|紧急联络人|紧急联系|家属信息|亲属信息|监护人|担保人|保证人|推荐人|介绍人|受益人|emergency contact|next of kin|guardian|guarantor|co-?signer|beneficiar|referred by|referrer|контактное лицо для экстренн|поручител/i;
const TITLE_CLASS = /title|header|heading|caption|legend/i;
const TITLE_TAG = /^(?:H[1-6]|LEGEND|CAPTION)$/;

/** A short title element: a heading, a legend, or a title-classed element with a few words. */
function titleText(el: Element): string | null {
  if (!TITLE_TAG.test(el.tagName) && !TITLE_CLASS.test(el.getAttribute('class') ?? '')) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length <= 30 ? text : null;
}

/**
 * The title of the section `el` sits in: the nearest title before it among the siblings of it and its ancestors
 * (up to `root`), or a fieldset's legend / a table's caption above it.
 */
export function sectionTitleOf(el: Element, root: Element): string | null {
  for (let cur: Element | null = el, depth = 0; cur && cur !== root && depth < 8; cur = cur.parentElement, depth++) {
    let sib = cur.previousElementSibling;
    for (let i = 0; sib && i < 4; sib = sib.previousElementSibling, i++) {
      const own = titleText(sib);
      if (own) return own;
      // A header wrapping its title (<div class=ant-descriptions-header><div class=…-title>紧急联系人</div></div>).
      const inner = sib.childElementCount <= 3 ? sib.querySelector('h1,h2,h3,h4,h5,h6,legend,[class*="title"]') : null;
      const nested = inner ? titleText(inner) : null;
      if (nested) return nested;
    }
  }
  return null;
}

/** True when `el` lies in a section titled as another person's (emergency contact, guardian, guarantor). */
export function isOtherPersonSection(el: Element, root: Element): boolean {
  const title = sectionTitleOf(el, root);
  return !!title && OTHER_PERSON.test(title);
}
