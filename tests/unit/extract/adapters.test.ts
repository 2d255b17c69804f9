import { readFileSync } from 'node:fs';
import { builtInAdapters, extractCustomer } from '@/utils/extract';
import { matchesUrlPattern } from '@/utils/extract/url-match';
import { siteAdapterSchema } from '@/utils/core/schemas/site-adapter';
import { parsePage } from './dom-helpers';
import { loadFixtures } from './ground-truth';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('built-in adapters', () => {
  it.each(builtInAdapters.map((a) => [a.id, a] as const))(
    '%s is valid in the shared site-adapter format (JSON round trip)',
    (_id, adapter) => {
      const parsed = siteAdapterSchema.safeParse(JSON.parse(JSON.stringify(adapter)));
      expect(parsed.success, parsed.error?.message).toBe(true);
    },
  );

  it('have unique ids', () => {
    expect(new Set(builtInAdapters.map((a) => a.id)).size).toBe(builtInAdapters.length);
  });

  it.each([
    ['*://*/lightning/r/Contact/*', 'https://acme.lightning.force.com/lightning/r/Contact/003/view', true],
    ['*://*/lightning/r/Contact/*', 'https://acme.lightning.force.com/lightning/r/Account/001/view', false],
    ['*://*/web#*model=res.partner*', 'https://odoo.example/web#id=42&model=res.partner&view_type=form', true],
    ['https://crm.acme.example/*', 'https://crm.acme.example.evil.example/x', false],
  ])('pattern %s on %s → %s', (pattern, url, expected) => {
    expect(matchesUrlPattern(pattern, url)).toBe(expected);
  });

  it('a taught rule overrides the built-in adapter for that field only', () => {
    const f = loadFixtures(['tests/fixtures/crm-pages']).find((x) => x.name === 'suitecrm7-contact');
    if (!f) throw new Error('fixture');
    const taught = siteAdapterSchema.parse({
      id: 'site:https://crm.example',
      urlPatterns: ['https://crm.example/*'],
      fields: { phone: [{ selector: '[field=phone_mobile]' }] },
    });
    const ctx = extractCustomer(parsePage(f.html), f.url, NOW, taught);
    expect(ctx.fields.phone).toMatchObject({ value: '+447700900461', source: { via: 'taught' } });
    expect(ctx.fields.email).toMatchObject({
      value: 'daniel.whitaker@whitaker-sons.example',
      source: { via: 'adapter', adapterId: 'suitecrm7' },
    });
  });

  it('a broken taught selector leaves the field to the other extractors instead of failing', () => {
    const doc = parsePage('<dl><dt>姓名</dt><dd>王五</dd></dl>');
    const taught = siteAdapterSchema.parse({
      id: 'site:https://crm.example',
      urlPatterns: ['https://crm.example/*'],
      fields: { name: [{ selector: 'div[[[' }] },
    });
    expect(extractCustomer(doc, 'https://crm.example/c/1', NOW, taught).fields.name?.value).toBe('王五');
  });
});

describe('adapter selectors that test an attribute value (answered from one index per attribute)', () => {
  const page = `<div class="head"><span field="phone">010-1111</span></div>
    <div class="card"><span field="Phone">13800000000</span><b field="phone">13911112222</b><i data-x="phone">x</i></div>
    <div class="card"><span field="email">ann@example.test</span></div>`;
  const taught = (fields: Record<string, { selector: string }[]>) =>
    siteAdapterSchema.parse({ id: 'site:https://crm.example', urlPatterns: ['https://crm.example/*'], fields });

  it('reads what querySelectorAll finds: the whole selector, its exact value, in page order', () => {
    const doc = parsePage(page);
    const ctx = extractCustomer(
      doc,
      'https://crm.example/c/1',
      NOW,
      taught({
        mobile: [{ selector: '.card [field=phone]' }],
        phone: [{ selector: '.head > span[field=phone]' }],
        email: [{ selector: '.nowhere [field=email], .card > [field=email]' }],
      }),
      { adapters: [] },
    );
    expect(ctx.fields.mobile?.value).toBe('13911112222');
    expect(ctx.fields.phone?.value).toBe('0101111');
    expect(ctx.fields.email?.value).toBe('ann@example.test');
  });
});

describe('Dolibarr adapters read only their own cards', () => {
  const contract = readFileSync('tests/fixtures/real-crm-objects/dolibarr-contract-card-zh_CN.html', 'utf8');

  it.each([
    ['its own URL', 'http://127.0.0.1:8080/contrat/card.php?id=1'],
    ['a plain localhost URL', 'http://127.0.0.1:8000/real-crm-objects/dolibarr-contract-card-zh_CN.html'],
  ])('a real contract card (banner linking its third party) is no contact or company, at %s', (_at, url) => {
    const ctx = extractCustomer(parsePage(contract), url, NOW);
    expect(ctx.adapterId).toBeNull();
    expect(ctx.fields.name?.value).not.toBe('(PROV1)');
    expect(ctx.fields.customerId?.value).not.toBe('1');
  });

  it('an invoice banner of the same shape (made-up values) is no contact or company either', () => {
    const page = `<body id="mainbody"><div class="fiche"><div class="tabBar"><div class="arearef">
      <div class="pagination paginationref"><ul><li><a href="/compta/facture/list.php">Back to list</a></li></ul></div>
      <div class="divphotoref"><span class="fas fa-file-invoice-dollar"></span></div>
      <div class="refid">FA2611-0042<div class="refidno">Ref. customer : PO-77<br>
        <a href="/societe/card.php?socid=9"><span class="fas fa-building"></span> Orchard Lane Bakery</a></div></div>
      </div></div>
      <div class="fichecenter"><table class="border"><tr><td>Date</td><td>05/02/2026</td></tr>
        <tr><td>Amount</td><td>1,200.00</td></tr></table></div></div></body>`;
    const ctx = extractCustomer(parsePage(page), 'https://erp.example/compta/facture/card.php?id=42', NOW);
    expect(ctx.adapterId).toBeNull();
    expect(ctx.fields.name?.value).not.toBe('FA2611-0042');
  });

  it.each([
    ['dolibarr-contact', 'tests/fixtures/real-crm/dolibarr-contact-card-en.html'],
    ['dolibarr-thirdparty', 'tests/fixtures/real-crm/dolibarr-thirdparty-card-en.html'],
    ['dolibarr-thirdparty', 'tests/fixtures/crm-pages/dolibarr-thirdparty.html'],
  ])('%s is still found by its own banner markers on %s', (id, file) => {
    const ctx = extractCustomer(parsePage(readFileSync(file, 'utf8')), 'http://127.0.0.1:8000/page.html', NOW);
    expect(ctx.adapterId).toBe(id);
  });
});

describe('Dolibarr contact civility', () => {
  // Live Dolibarr 20 contact cards (tests/fixtures/holdout/dolibarr-live*): 称谓 先生 / 夫人 in the card's field table.
  it.each([
    ['tests/fixtures/holdout/dolibarr-live-2/dolibarr-contact-card-obrien-zh_CN.html', 5, 'male'],
    ['tests/fixtures/holdout/dolibarr-live/dolibarr-contact-card-chenjing-zh_CN.html', 3, 'female'],
  ])('%s gives the gender its civility says', (file, id, gender) => {
    const ctx = extractCustomer(
      parsePage(readFileSync(file, 'utf8')),
      `http://127.0.0.1:8080/contact/card.php?id=${id}`,
      NOW,
    );
    expect(ctx.adapterId).toBe('dolibarr-contact');
    expect(ctx.fields.gender?.value).toBe(gender);
  });

  it('an empty civility gives no gender', () => {
    const page = readFileSync('tests/fixtures/real-crm/dolibarr-contact-card-zh_CN.html', 'utf8');
    const ctx = extractCustomer(parsePage(page), 'http://127.0.0.1:8080/contact/card.php?id=2', NOW);
    expect(ctx.adapterId).toBe('dolibarr-contact');
    expect(ctx.fields.gender).toBeUndefined();
  });
});
