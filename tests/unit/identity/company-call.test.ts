// A call on a company (issue #11; findings F2, F3, F6 of trying the product as an agent): the contacts tab opened
// mid-call offers its contacts, a contact's own card is the same call, and nobody unnamed is confirmed or recorded.
import fs from 'node:fs';
import path from 'node:path';
import { createCallSession } from '@/utils/call/call-session';
import { applyCallEvent, takeSnapshot } from '@/utils/call/call-events';
import { createCallState } from '@/utils/call/call-state';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import {
  confirmsUnnamedPerson,
  isContactOfCompany,
  needsContactToRecord,
  withContactsOfPage,
} from '@/utils/core/identity/company-call';
import { extractCustomer } from '@/utils/extract';
import { buildCompanyView } from '@/utils/ui/identity-view';
import { createFakePorts, makeContext, tick } from '../call/fake-ports';
import { parsePage } from '../extract/dom-helpers';

const at = new Date('2026-12-02T00:00:00Z');
const fixture = (file: string) => fs.readFileSync(path.resolve(__dirname, '../../fixtures', file), 'utf8');
const read = (file: string, url: string) => extractCustomer(parsePage(fixture(file)), url, at);
const origin = 'http://127.0.0.1:8080';

// Real Dolibarr 20 pages of 上海明德 (its contacts tab lists 李伟 and 赵敏), and 李伟's contact card (it links socid=2).
const contactsTab = (socid = 2) =>
  read(
    'holdout/dolibarr-live/dolibarr-thirdparty-contacts-tab-zh_CN.html',
    `${origin}/societe/contact.php?socid=${socid}`,
  );
const card = (socid = 2) =>
  read('real-crm/dolibarr-thirdparty-card-zh_CN.html', `${origin}/societe/card.php?socid=${socid}`);
const liweiCard = () => read('real-crm/dolibarr-contact-card-zh_CN.html', `${origin}/contact/card.php?id=2`);

async function session() {
  const fake = createFakePorts();
  const c = createCallSession(fake.ports, 'zh-CN');
  await c.init();
  return { fake, c };
}
const step = (c: Awaited<ReturnType<typeof session>>['c']) => c.runner.engine.value?.current ?? null;
const answer = (value: string) => ({ type: 'answer' as const, at: '2025-11-03T02:31:00.000Z', value });

describe('the contacts tab opened after the call began (F2)', () => {
  it('offers its contacts in the picker of the call, which stays on the company', () => {
    const s = createCallState();
    s.setPageContext(card());
    expect(s.beginCall()).toBe(true);
    expect(buildCompanyView(s.customer.value, null, false)?.contacts).toEqual([]);
    s.setPageContext(contactsTab());
    expect(s.switchPending.value).toBeNull();
    const view = buildCompanyView(s.customer.value, null, false);
    expect(view?.contacts.map((p) => p.name)).toEqual(['李伟', '赵敏']);
    expect(view?.contactsTab).toBeUndefined();
    expect(s.customer.value?.fields.customerId?.value).toBe('CU2611-00002');
  });

  it('takes no contacts from another company', () => {
    expect(withContactsOfPage(card(2), contactsTab(3))).toEqual(card(2));
    const person = makeContext('王建国', '13901186247');
    expect(withContactsOfPage(person, contactsTab())).toBe(person);
  });

  it('lets the agent pick one of them mid-call, and the record names that person', async () => {
    const { fake, c } = await session();
    await c.setContext(card());
    await tick();
    await applyCallEvent(c, { type: 'notes', value: '先拨总机' });
    expect(c.call.inCall.value).toBe(true);
    await c.setContext(contactsTab());
    await applyCallEvent(c, { type: 'choose-contact', name: '赵敏' });
    expect(takeSnapshot(c, 1).contact?.mobile).toBe('13916609932');
    await applyCallEvent(c, { type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    expect(fake.records).toHaveLength(1);
    expect(fake.records[0]?.context).toMatchObject({ name: '赵敏', company: '上海明德贸易有限公司' });
    expect(fake.records[0]?.customerKey).toBe(`rec:${origin}#societe/2`);
  });
});

describe("a contact's own card during a call on the company (F6)", () => {
  it('reads the company record a person page links to by the company name', () => {
    expect(liweiCard().companyRecord).toEqual({ id: '2', entity: 'societe', from: 'link' });
    const page = (body: string) =>
      extractCustomer(
        parsePage(`<html lang="en"><body><h1>Contact</h1><dl><dt>Name</dt><dd>Jane Miller</dd>
          <dt>Phone</dt><dd>+44 20 7946 0999</dd><dt>Company</dt><dd>${body}</dd></dl></body></html>`),
        'https://crm.example/contacts/41',
        at,
      );
    expect(page('<a href="/accounts/77">Northwind Traders Ltd</a>').companyRecord).toEqual({
      id: '77',
      entity: 'accounts',
      from: 'link',
    });
    // A link whose text is not the company, or to another site, names no company record.
    expect(page('Northwind Traders Ltd <a href="/accounts/78">edit</a>').companyRecord).toBeUndefined();
    expect(page('<a href="https://other.example/accounts/77">Northwind Traders Ltd</a>').companyRecord).toBeUndefined();
  });

  it('is the same call: linked to the company, or listed among its contacts by name and phone', () => {
    expect(isContactOfCompany(liweiCard(), card(2))).toBe(true);
    // Another third party of the same name is not this one (the card links socid=2).
    expect(isContactOfCompany(liweiCard(), card(1))).toBe(false);
    const listed = withContactsOfPage(card(1), contactsTab(1));
    const zhao = { ...makeContext('赵敏', '139 1660 9932'), origin, entity: 'person' as const };
    expect(isContactOfCompany(zhao, listed)).toBe(true);
    expect(
      isContactOfCompany(
        { ...zhao, fields: { ...zhao.fields, name: { ...zhao.fields.name!, value: '敏 赵' } } },
        listed,
      ),
    ).toBe(true);
    // Same name, another number; or another site: someone else.
    expect(isContactOfCompany({ ...makeContext('赵敏', '13700000000'), origin, entity: 'person' }, listed)).toBe(false);
    expect(isContactOfCompany({ ...zhao, origin: 'http://other.test' }, listed)).toBe(false);
    expect(isContactOfCompany(zhao, makeContext('王建国', '13901186247'))).toBe(false);
  });

  it('raises no "switched to another customer" question; another company\'s contact still does', () => {
    const s = createCallState();
    s.setPageContext(card(2));
    s.beginCall();
    s.setPageContext(liweiCard());
    expect(s.switchPending.value).toBeNull();
    expect(s.customer.value?.fields.company?.value).toBe('上海明德贸易有限公司');
    const other = createCallState();
    other.setPageContext(card(1));
    other.beginCall();
    other.setPageContext(liweiCard());
    expect(other.switchPending.value?.fields.name?.value).toBe('李伟');
  });
});

describe('nobody named on a company call (F3)', () => {
  it('refuses "yes, that is me" to 请问您是【缺：姓名】本人吗 and asks for the contact; takes it once named', async () => {
    const { c } = await session();
    await c.setContext(card());
    await tick();
    const first = step(c);
    expect(first).toBe('identity');
    await applyCallEvent(c, { type: 'engine', step: first, event: answer('yes') });
    expect(step(c)).toBe(first);
    expect(c.runner.engine.value?.ticks['identity-confirmed']).toBeUndefined();
    expect(takeSnapshot(c, 1).contactNeeded).toBe('identity');
    await applyCallEvent(c, { type: 'choose-contact', name: '孙小美' });
    expect(takeSnapshot(c, 1).contactNeeded).toBeNull();
    await applyCallEvent(c, { type: 'engine', step: first, event: answer('yes') });
    expect(step(c)).not.toBe(first);
    expect(c.runner.engine.value?.ticks['identity-confirmed']).toBeDefined();
  });

  it('records no reached call without the contact, keeps what was typed, and records it once named', async () => {
    const { fake, c } = await session();
    await c.setContext(card());
    await tick();
    await applyCallEvent(c, { type: 'notes', value: '对方说财务在开会' });
    await applyCallEvent(c, { type: 'outcome', outcome: 'reached', callBackAt: null, seen: 0 });
    expect(fake.records).toHaveLength(0);
    expect(takeSnapshot(c, 1).contactNeeded).toBe('record');
    expect(c.call.notes.value).toBe('对方说财务在开会');
    expect(c.call.inCall.value).toBe(true);
    await applyCallEvent(c, { type: 'choose-contact', name: '赵敏' });
    await applyCallEvent(c, {
      type: 'outcome',
      outcome: 'reached',
      callBackAt: null,
      seen: 0,
      openItemsReason: '只核对了身份',
    });
    expect(fake.records).toHaveLength(1);
    expect(fake.records[0]?.context).toMatchObject({ name: '赵敏', company: '上海明德贸易有限公司' });
    expect(fake.records[0]?.notes).toBe('对方说财务在开会');
  });

  it('refuses the same yes on a person record whose name is missing, and takes "no"', async () => {
    const { c } = await session();
    const phoneOnly = makeContext('王建国', '13901186247');
    delete phoneOnly.fields.name;
    await c.setContext(phoneOnly);
    await tick();
    const first = step(c);
    await applyCallEvent(c, { type: 'engine', step: first, event: answer('yes') });
    expect([step(c), takeSnapshot(c, 1).contactNeeded]).toEqual([first, 'identity']);
    await applyCallEvent(c, { type: 'engine', step: first, event: answer('no') });
    expect(step(c)).not.toBe(first);
  });

  it('leaves a person record, "no", and unanswered outcomes alone', () => {
    const company = { ...card(), fields: { ...card().fields } } as CustomerContext;
    delete company.fields.name;
    expect(needsContactToRecord('reached', company)).toBe(true);
    expect(needsContactToRecord('no-answer', company)).toBe(false);
    expect(needsContactToRecord('reached', makeContext('王建国', '13901186247'))).toBe(false);
    const script = {
      steps: [
        { id: 'identity', type: 'question', input: 'yes-no', text: { 'zh-CN': '请问您是{{ name }}本人吗？', en: '' } },
      ],
    } as unknown as Parameters<typeof confirmsUnnamedPerson>[0];
    expect(confirmsUnnamedPerson(script, 'identity', answer('yes'), {})).toBe(true);
    expect(confirmsUnnamedPerson(script, 'identity', answer('no'), {})).toBe(false);
    expect(confirmsUnnamedPerson(script, 'identity', answer('yes'), { name: '赵敏' })).toBe(false);
  });
});
