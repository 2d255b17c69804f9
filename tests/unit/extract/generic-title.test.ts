import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';
import { formatScoreTable, scoreGenericOnFixtures } from './generic-score';

const NOW = new Date('2026-11-27T10:00:00Z');
const generic = (html: string) =>
  extractCustomer(parsePage(html), 'https://unknown.example/x', NOW, undefined, { adapters: [] });
// Two labelled fields: the evidence that the page is a record, so that its title may be read as the name.
const FIELDS = '<dl><dt>Phone</dt><dd>+1 503 555 0142</dd><dt>Email</dt><dd>ann@x.example</dd></dl>';

describe('generic extractor: the record title as the name', () => {
  it('reads a banner title by its own text, not the details it wraps, and takes its company link', () => {
    const ctx =
      generic(`<div class="banner"><div class="refid">Ann Lee <div class="refidno"><a href="/org/7"><span class="fa-building"></span>Acme &lt;West&gt;</a></div>
      <div class="refidno">Portland</div></div></div>${FIELDS}`);
    expect(ctx.fields.name?.value).toBe('Ann Lee');
    expect(ctx.fields.company?.value).toBe('Acme <West>');
  });

  it('takes no company from a link under the title that creates or edits a record', () => {
    const create = generic(
      `<h2>Harbor Lights Co-op</h2><span class="tools"><a href="index.php?module=Accounts&action=EditView&return_action=DetailView">Create</a></span>${FIELDS}`,
    );
    expect(create.fields.name?.value).toBe('Harbor Lights Co-op');
    expect(create.fields.company?.value).not.toBe('Create');
    const edit = generic(`<h2>Ann Lee</h2><div><a href="/companies/42/edit">Acme West</a></div>${FIELDS}`);
    expect(edit.fields.company).toBeUndefined();
    const named = generic(`<h2>Ann Lee</h2><div><a href="/companies/42">New Horizons Ltd</a></div>${FIELDS}`);
    expect(named.fields.company?.value).toBe('New Horizons Ltd');
  });

  it('takes no company from a title link that names no organisation', () => {
    const ctx = generic(
      `<div class="refid">Ann Lee <a href="/contact/confirm-delete?id=1"><span class="fa-trash"></span>Delete</a></div>${FIELDS}`,
    );
    expect(ctx.fields.name?.value).toBe('Ann Lee');
    expect(ctx.fields.company).toBeUndefined();
  });

  it.each([['Harbor & Pine Ltd.'], ['上海明德贸易有限公司'], ['Boulangerie Dupont <SARL>']])(
    'takes a title ending in a legal form (%s) as both name and company',
    (title) => {
      const ctx = generic(
        `<div class="record-title">${title.replace(/</g, '&lt;').replace(/>/g, '&gt;')}<span class="badge">Open</span></div>${FIELDS}`,
      );
      expect(ctx.fields.name?.value).toBe(title);
      expect(ctx.fields.company?.value).toBe(title);
    },
  );

  it('leaves company empty for a person whose name merely looks short (Lisa Co)', () => {
    const ctx = generic(`<div class="record-name">Lisa Co</div>${FIELDS}`);
    expect(ctx.fields.name?.value).toBe('Lisa Co');
    expect(ctx.fields.company).toBeUndefined();
  });

  it.each([
    ['a generic heading word', '<div class="record-title">Contact details</div>'],
    ['a CJK section heading', '<div class="entity-name">基本信息</div>'],
    ['the logged-in user in the app header', '<header><img class="avatar" alt="陈主管"><span>陈主管</span></header>'],
    [
      "the user's display name beside a log-out link",
      '<div class="app-top"><span class="display-name">Chen Wei</span><a href="/logout">Sign out</a></div>',
    ],
    [
      "the user's avatar beside 退出",
      '<div class="app-top"><div class="me"><img alt="陈主管"><span>陈主管</span></div><button>退出</button></div>',
    ],
    [
      'an avatar label that no text beside it repeats',
      '<div class="card"><img alt="Jonah Reyes"><span>Added today</span></div>',
    ],
  ])('takes no name from %s', (_what, html) => {
    expect(generic(`${html}${FIELDS}`).fields.name).toBeUndefined();
  });

  it('takes the name an avatar and its card agree on', () => {
    const ctx = generic(
      `<div class="card"><div aria-label="Amara Okafor">A</div><div><div>Amara Okafor</div></div></div>${FIELDS}`,
    );
    expect(ctx.fields.name?.value).toBe('Amara Okafor');
  });

  it.each([
    ['Ann Lee - Card', '<div class="page-title">Ann Lee</div>', 'Ann Lee'],
    ['Ann Lee | Acme CRM', '<span id="nameField">Ann Lee</span>', 'Ann Lee'],
    ['Ann Lee - Tiers', '<div class="tab-title">Tiers</div>', undefined],
    ['Ann Lee', '<div class="name">Bob Stone</div>', undefined],
  ])(
    'with the tab titled "%s", a plain title/name element gives the name only when it is the tab\'s first part',
    (tab, html, name) => {
      const ctx = generic(`<html><head><title>${tab}</title></head><body>${html}${FIELDS}</body></html>`);
      expect(ctx.fields.name?.value).toBe(name);
    },
  );

  it('reads no title on a page without other record fields', () => {
    expect(generic('<div class="refid">Ann Lee</div><p>Welcome</p>').fields.name).toBeUndefined();
  });
});

describe('generic extractor: names from titles on the fixtures', () => {
  const rows = scoreGenericOnFixtures(parsePage);
  it.each([
    ['real-crm', 0.95],
    ['crm-pages', 0.94],
  ] as const)('%s: accuracy stays at the level titles brought it to', (set, floor) => {
    const setRows = rows.filter((r) => r.set === set);
    const acc = setRows.reduce((a, r) => a + r.right, 0) / setRows.reduce((a, r) => a + r.total, 0);
    expect(acc, formatScoreTable(setRows)).toBeGreaterThanOrEqual(floor);
  });

  it('misses no Dolibarr name or company', () => {
    const dolibarr = rows.filter((r) => r.page.startsWith('dolibarr'));
    expect(dolibarr.flatMap((r) => r.missed.filter((m) => m === 'name' || m === 'company'))).toEqual([]);
  });
});

describe('generic extractor: the record id in field ids', () => {
  const ID = '7c2d9a40-1e35-4e1b-8a2f-3c6d5b9e8f12';
  const cell = (id: string, field: string, label: string, value: string) =>
    `<div><div id="label-${id}-${field}"><span>${label}</span></div><div>${value}</div></div>`;

  it('takes the one UUID that keys the fields of the record', () => {
    const ctx = generic(
      cell(ID, 'phones', 'Phones', '+44 20 7946 0321') +
        cell(ID, 'emails', 'Emails', 'a@x.example') +
        cell(ID, 'city', 'City', 'London'),
    );
    expect(ctx.fields.customerId?.value).toBe(ID);
  });

  it.each([
    [
      'two ids that each key fields',
      cell(ID, 'phones', 'Phones', '+44 20 7946 0321') +
        cell(ID, 'emails', 'Emails', 'a@x.example') +
        cell(ID, 'city', 'City', 'London') +
        ['a', 'b', 'c'].map((f) => `<i id="x-0b6f1b7e-54a4-4a44-9a64-77f1c53f0d21-${f}"></i>`).join(''),
    ],
    [
      'an id on fewer than three fields',
      cell(ID, 'phones', 'Phones', '+44 20 7946 0321') + cell(ID, 'emails', 'Emails', 'a@x.example'),
    ],
  ])('takes none from %s', (_what, html) => {
    expect(generic(html).fields.customerId).toBeUndefined();
  });

  it('does not make a customer of a blank form keyed by an id', () => {
    const form = ['name', 'phone', 'email']
      .map((f) => `<label for="f-${ID}-${f}">${f}</label><input id="f-${ID}-${f}" value="">`)
      .join('');
    expect(generic(form).fields).toEqual({});
  });
});
