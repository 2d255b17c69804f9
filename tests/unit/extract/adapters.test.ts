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
