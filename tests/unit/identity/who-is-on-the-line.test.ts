// "Please confirm" and company vs person in the call (issue #11, items 5 and 7).
import fs from 'node:fs';
import path from 'node:path';
import { createCallSession } from '@/utils/call/call-session';
import { applyCallEvent, takeSnapshot } from '@/utils/call/call-events';
import { createCallState } from '@/utils/call/call-state';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { addressContext } from '@/utils/core/identity/addressee';
import { extractCustomer } from '@/utils/extract';
import { createTranslate } from '@/utils/ui/i18n';
import { buildCompanyView, buildConfirmView, nextContact } from '@/utils/ui/identity-view';
import { mapKey } from '@/utils/ui/keymap';
import { createFakePorts, makeContext, tick } from '../call/fake-ports';
import { parsePage } from '../extract/dom-helpers';

/** A name read from the page title (0.65): below the confirm line. */
function unsure(): CustomerContext {
  const c = makeContext('王建国', '13901186247', { customerId: 'C-1' });
  const name = c.fields.name!;
  c.fields.name = { ...name, source: { via: 'generic', label: 'title', confidence: 0.65 } };
  return c;
}

const mingdeTab = () =>
  extractCustomer(
    parsePage(
      fs.readFileSync(
        path.resolve(__dirname, '../../fixtures/holdout/dolibarr-live/dolibarr-thirdparty-contacts-tab-zh_CN.html'),
        'utf8',
      ),
    ),
    'http://127.0.0.1:8080/societe/contact.php?socid=1',
    new Date('2026-11-29T00:00:00Z'),
  );

describe('please confirm', () => {
  it('binds no call to an unsure name until the agent confirms it', () => {
    const s = createCallState();
    s.setPageContext(unsure());
    expect(s.unconfirmed.value).toEqual(['name']);
    expect(s.beginCall()).toBe(false);
    s.setTimer(true);
    expect(s.inCall.value).toBe(false);
    s.confirmIdentity();
    expect(s.unconfirmed.value).toEqual([]);
    expect(s.beginCall()).toBe(true);
  });

  it('takes no answer and records nothing before the confirm key, then carries on', async () => {
    const fake = createFakePorts();
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    await c.setContext(unsure());
    await tick();
    const step = () => c.runner.engine.value?.current ?? null;
    const first = step();
    const skip = { type: 'skip' as const, at: '2025-11-03T02:30:00.000Z' };
    await applyCallEvent(c, { type: 'engine', step: first, event: skip });
    await applyCallEvent(c, { type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    expect(step()).toBe(first);
    expect(fake.records).toHaveLength(0);
    expect(takeSnapshot(c, 1).unconfirmed).toEqual(['name']);
    expect(mapKey({ key: 'o' })).toEqual({ type: 'confirm-identity' });
    await applyCallEvent(c, { type: 'confirm-identity' });
    expect(takeSnapshot(c, 1).unconfirmed).toEqual([]);
    await applyCallEvent(c, { type: 'engine', step: first, event: skip });
    expect(step()).not.toBe(first);
    expect(c.call.inCall.value).toBe(true);
    await applyCallEvent(c, { type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    expect(fake.records).toHaveLength(1);
  });

  it('says what to confirm, where it came from and how sure the reader was', () => {
    const t = createTranslate('zh-CN');
    const view = buildConfirmView(unsure(), ['name'], { locale: 'zh-CN', t, revealed: false });
    expect(view?.lines).toEqual([expect.stringMatching(/^姓名“王建国”（.*把握 65%）$/)]);
    expect(buildConfirmView(unsure(), [], { locale: 'zh-CN', t, revealed: false })).toBeNull();
  });
});

describe('company vs person', () => {
  it('reads the contacts a Dolibarr company lists on its contacts tab', () => {
    const ctx = mingdeTab();
    expect(ctx.entity).toBe('company');
    expect(ctx.contacts?.map((p) => [p.name, p.title, p.mobile])).toEqual([
      ['李伟', '采购经理', '13912348821'],
      ['赵敏', '财务主管', '13916609932'],
    ]);
  });

  it('never addresses the company as a person: the script names the chosen contact, or leaves a gap', async () => {
    const fake = createFakePorts();
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    const ctx = mingdeTab();
    await c.setContext(ctx);
    await tick();
    expect(c.values.value.name).toBeUndefined();
    expect(c.values.value.company).toBe('上海明德贸易有限公司');
    await applyCallEvent(c, { type: 'choose-contact', name: '赵敏' });
    expect(c.values.value.name).toBe('赵敏');
    expect(c.values.value.mobile).toBe('13916609932');
    expect(takeSnapshot(c, 1).contact?.name).toBe('赵敏');
    // The record says whom the agent spoke to, at which company, under the company's key.
    await applyCallEvent(c, { type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    expect(fake.records[0]?.context).toMatchObject({ name: '赵敏', company: '上海明德贸易有限公司' });
    expect(fake.records[0]?.customerKey).toBe('rec:http://127.0.0.1:8080#societe/1');
  });

  it('keeps the contacts seen on the contacts tab offered on the card, and P moves to the next one', async () => {
    const fake = createFakePorts();
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    const tab = mingdeTab();
    await c.setContext(tab);
    const card = { ...tab, url: 'http://127.0.0.1:8080/societe/card.php?socid=1', contacts: undefined };
    await c.setContext(card);
    expect(c.call.customer.value?.contacts).toHaveLength(2);
    const view = buildCompanyView(c.call.customer.value, null, false);
    expect(view?.contacts.map((x) => x.detail)).toEqual(['采购经理 · 139****8821', '财务主管 · 139****9932']);
    expect(nextContact(view)).toBe('李伟');
    expect(nextContact(buildCompanyView(c.call.customer.value, tab.contacts![0]!, false))).toBe('赵敏');
    expect(buildCompanyView(makeContext('王建国', '13901186247'), null, false)).toBeNull();
  });

  it('leaves a person as it is', () => {
    const person = makeContext('王建国', '13901186247');
    expect(addressContext(person, null)).toBe(person);
  });
});

describe('a contact the page does not list', () => {
  it('is the name the agent types: the script addresses them and the record names them', async () => {
    const fake = createFakePorts();
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    const card = { ...mingdeTab(), url: 'http://127.0.0.1:8080/societe/card.php?socid=1', contacts: [] };
    await c.setContext(card);
    await tick();
    expect(c.values.value.name).toBeUndefined();
    await applyCallEvent(c, { type: 'choose-contact', name: '  孙\u202e 小美 ' });
    expect(c.values.value.name).toBe('孙 小美');
    expect(takeSnapshot(c, 1).contact).toEqual({ name: '孙 小美' });
    expect(buildCompanyView(c.call.customer.value, c.contact.value, false)?.chosen).toBe('孙 小美');
    await applyCallEvent(c, { type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    expect(fake.records[0]?.context).toMatchObject({ name: '孙 小美', company: '上海明德贸易有限公司' });
  });

  it('is nobody when the typed name is blank', async () => {
    const fake = createFakePorts();
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    await c.setContext(mingdeTab());
    await applyCallEvent(c, { type: 'choose-contact', name: '赵敏' });
    await applyCallEvent(c, { type: 'choose-contact', name: ' \u200b ' });
    expect(c.contact.value).toBeNull();
    expect(c.values.value.name).toBeUndefined();
  });
});

describe('a company card whose contacts are on another tab', () => {
  const read = (dir: string, file: string, url: string) =>
    extractCustomer(
      parsePage(fs.readFileSync(path.resolve(__dirname, `../../fixtures/holdout/${dir}/${file}.html`), 'utf8')),
      url,
      new Date('2026-12-02T00:00:00Z'),
    );
  const t = createTranslate('zh-CN');

  it('names the tab that lists them (real Dolibarr cards, Spanish and Chinese UI), not "no contacts listed"', () => {
    const es = read(
      'dolibarr-live-3',
      'dolibarr-thirdparty-card-alhambra-es_ES',
      'http://127.0.0.1:8080/societe/card.php?socid=7',
    );
    expect(es.entity).toBe('company');
    expect(es.contacts).toBeUndefined();
    expect(es.contactsTab).toBe('Contactos/Direcciones');
    const view = buildCompanyView(es, null, false);
    expect(view?.contactsTab).toBe('Contactos/Direcciones');
    expect(t('companyContactsTab', { tab: view!.contactsTab! })).toContain('“Contactos/Direcciones”');
    const zh = read(
      'dolibarr-live',
      'dolibarr-thirdparty-card-nanfang-zh_CN',
      'http://127.0.0.1:8080/societe/card.php?socid=2',
    );
    expect(zh.contactsTab).toMatch(/^联系人/);
  });

  it('says nothing of a tab on the contacts tab itself, nor once its contacts were seen', async () => {
    const tab = read(
      'dolibarr-live-3',
      'dolibarr-thirdparty-contacts-tab-alhambra-es_ES',
      'http://127.0.0.1:8080/societe/contact.php?socid=7',
    );
    expect(tab.contacts?.length).toBeGreaterThan(0);
    expect(tab.contactsTab).toBeUndefined();
    const fake = createFakePorts();
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    await c.setContext(tab);
    const card = read(
      'dolibarr-live-3',
      'dolibarr-thirdparty-card-alhambra-es_ES',
      'http://127.0.0.1:8080/societe/card.php?socid=7',
    );
    await c.setContext(card);
    const view = buildCompanyView(c.call.customer.value, null, false);
    expect(view?.contacts.length).toBe(tab.contacts?.length);
    expect(view?.contactsTab).toBeUndefined();
  });

  it('skips the tab already open, and a link that only mentions contacts', () => {
    const page = (tabs: string) =>
      extractCustomer(
        parsePage(`<html lang="en"><body><ul class="tabs">${tabs}</ul><div class="card"><h1>Account</h1>
          <dl><dt>Account name</dt><dd>Northwind Traders Ltd</dd><dt>Phone</dt><dd>+44 20 7946 0321</dd><dt>Account no.</dt><dd>AC-2291</dd></dl></div></body></html>`),
        'https://crm.example/accounts/2291',
        new Date('2026-12-02T00:00:00Z'),
      );
    const open = page(
      '<li><a href="/accounts/2291">Overview</a></li><li><a href="/accounts/2291/contacts">Contacts (3)</a></li>',
    );
    expect([open.entity, open.fields.name?.value]).toEqual(['company', 'Northwind Traders Ltd']);
    expect(open.contactsTab).toBe('Contacts');
    expect(page('<li class="active"><a href="/accounts/2291/contacts">Contacts</a></li>').contactsTab).toBeUndefined();
    expect(page('<li><a href="/help">How to add contacts to an account</a></li>').contactsTab).toBeUndefined();
  });
});
