// The SuiteCRM 7 adapter on real SinergiaCRM 2.9.0 (SuiteCRM 7.14.6) captures: every ground-truth field.
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';
import { loadFixtures, scoreContext, type Fixture } from './ground-truth';

const NOW = new Date('2026-11-28T10:00:00Z');
const pages = loadFixtures(['tests/fixtures/real-crm/suitecrm']);

describe('SuiteCRM 7 on real captures', () => {
  it('has the five captures', () => expect(pages.length).toBe(5));

  it.each(pages.filter((f) => Object.keys(f.truth.fields).length > 0).map((f) => [f.name, f] as [string, Fixture]))(
    '%s: every ground-truth field, nothing invented',
    (_name, f) => {
      const ctx = extractCustomer(parsePage(f.html), f.url, NOW);
      expect(ctx.adapterId).toBe('suitecrm7');
      const s = scoreContext(ctx, f.truth.fields);
      expect({ wrong: s.wrong, missed: s.missed, invented: s.invented }).toEqual({
        wrong: [],
        missed: [],
        invented: [],
      });
      expect(ctx.record).toMatchObject({ id: f.truth.fields.customerId, from: 'url' });
    },
  );

  it('the contacts list names no customer', () => {
    const f = pages.find((p) => p.name.endsWith('list-en'));
    if (!f) throw new Error('list capture missing');
    const ctx = extractCustomer(parsePage(f.html), f.url, NOW);
    expect(ctx.fields).toEqual({});
    expect(ctx.noCustomer).toBe('list');
  });

  it('an account is a company record; a contact is a person', () => {
    const get = (suffix: string) => pages.find((p) => p.name.endsWith(suffix)) as Fixture;
    const account = get('account-detail-smith-en');
    const contact = get('contact-detail-obrien-en');
    expect(extractCustomer(parsePage(account.html), account.url, NOW).entity).toBe('company');
    expect(extractCustomer(parsePage(contact.html), contact.url, NOW).entity).toBe('person');
  });
});
