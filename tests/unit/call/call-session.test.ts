import { createCallSession } from '@/utils/call/call-session';
import { applyCallEvent } from '@/utils/call/call-events';
import type { CallEvent } from '@/utils/call/call-protocol';
import { createFakePorts, makeContext, tick } from './fake-ports';

const yes = () => ({ type: 'answer' as const, at: '2025-11-03T02:30:00.000Z', value: 'yes' });

async function ready(signDate = '2025-10-30') {
  const fake = createFakePorts();
  const c = createCallSession(fake.ports, 'zh-CN');
  await c.init();
  c.setContext(makeContext('王建国', '13901186247', { signDate, customerId: 'C-1' }));
  await tick();
  return { fake, c };
}

describe('createPanelController', () => {
  it('keeps the kind the agent picks while the customer is still loading, over the stored due kind', async () => {
    const fake = createFakePorts();
    let release: () => void = () => undefined;
    const stored = { dueKind: 'new-contract' };
    fake.ports.seeCustomer = () =>
      new Promise((resolve) => {
        release = () => resolve(stored as never);
      });
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    c.setContext(makeContext('王建国', '13901186247', { customerId: 'C-1' }));
    await tick();
    c.setKind('termination');
    release();
    await tick();
    expect(c.kind.value).toBe('termination');
    expect(c.runner.script.value?.id).toBe('wealth-termination');
  });

  it('picks the new-contract script for a customer with a signing date', async () => {
    const { c } = await ready();
    expect(c.kind.value).toBe('new-contract');
    expect(c.runner.script.value?.id).toBe('wealth-new-contract');
    expect(c.runner.engine.value?.status).toBe('running');
  });

  it('binds the call on the first answer and autosaves a draft within about a second', async () => {
    const { fake, c } = await ready();
    c.touch();
    c.runner.yes();
    expect(c.call.inCall.value).toBe(true);
    await fake.runTimers();
    const draft = [...fake.drafts.values()][0];
    expect(draft?.record.kind).toBe('new-contract');
    expect(Object.values(draft?.record.answers ?? {})).toContain('yes');
  });

  it('records the outcome with answers, path and notes, ends the call and shows it in the history', async () => {
    const { fake, c } = await ready();
    c.touch();
    c.runner.yes();
    c.call.setNotes('客户确认 <b>ok</b>');
    await c.outcome('reached', null, { openItemsReason: '客户赶时间，约定明天补问' });
    expect(fake.records).toHaveLength(1);
    const record = fake.records[0]!;
    expect(record).toMatchObject({
      outcome: 'reached',
      kind: 'new-contract',
      notes: '客户确认 <b>ok</b>',
      agent: '测试专员',
      scriptId: 'wealth-new-contract',
    });
    expect(record.path.length).toBeGreaterThanOrEqual(2);
    expect(c.call.inCall.value).toBe(false);
    expect(c.history.value[0]?.id).toBe(record.id);
    expect(c.status.value).toBeNull();
    expect(c.wrapUp.value).toMatchObject({
      recordId: record.id,
      outcome: 'reached',
      kind: 'new-contract',
      name: '王建国',
      state: 'done',
      nextAt: null,
    });
  });

  it('ends cleanly: the wrap-up says what comes next, the script waits at step 1 until another call begins', async () => {
    const { fake, c } = await ready();
    await applyCallEvent(c, { type: 'engine', step: c.runner.engine.value?.current ?? null, event: yes() });
    await c.outcome('no-answer');
    const record = fake.records[0]!;
    expect(c.wrapUp.value).toMatchObject({ outcome: 'no-answer', state: 'in-progress', counted: 1, required: 3 });
    expect(c.wrapUp.value?.nextAt).toBe(record.callBackAt);
    // Ready for the next attempt, but nothing of the recorded call is in it.
    expect(c.runner.engine.value?.path).toHaveLength(1);
    expect(c.call.inCall.value).toBe(false);
    await applyCallEvent(c, { type: 'new-attempt' });
    expect(c.wrapUp.value).toBeNull();
    expect(c.runner.engine.value?.status).toBe('running');
  });

  it('keeps the recorded kind for another attempt at the same customer', async () => {
    const { c } = await ready();
    c.setKind('termination');
    await c.outcome('busy');
    expect(c.kind.value).toBe('termination');
    expect(c.runner.script.value?.id).toBe('wealth-termination');
  });

  it('drops the wrap-up and "recorded" when the page shows the next customer', async () => {
    const { c } = await ready();
    await c.outcome('reached', null, { openItemsReason: '客户赶时间，其余下次确认' });
    expect(c.wrapUp.value).not.toBeNull();
    await c.setContext(makeContext('赵子轩', '13612345678', { customerId: 'C-2' }));
    expect(c.wrapUp.value).toBeNull();
    expect(c.status.value).toBeNull();
    expect(c.history.value).toHaveLength(0);
  });

  it('a new call begun by an answer drops the wrap-up', async () => {
    const { c } = await ready();
    await c.outcome('no-answer');
    await applyCallEvent(c, { type: 'engine', step: c.runner.engine.value?.current ?? null, event: yes() });
    expect(c.call.inCall.value).toBe(true);
    expect(c.wrapUp.value).toBeNull();
  });

  it('mid-call, another kind restarts the script only when asked to: two scripts never mix', async () => {
    const { c } = await ready();
    await applyCallEvent(c, { type: 'engine', step: c.runner.engine.value?.current ?? null, event: yes() });
    c.call.setNotes('客户在开会');
    await applyCallEvent(c, { type: 'kind', kind: 'termination', restart: false });
    expect(c.kind.value).toBe('new-contract');
    expect(c.runner.script.value?.id).toBe('wealth-new-contract');
    await applyCallEvent(c, { type: 'kind', kind: 'termination', restart: true });
    expect(c.kind.value).toBe('termination');
    expect(c.runner.script.value?.id).toBe('wealth-termination');
    expect(c.runner.engine.value?.path).toHaveLength(1);
    expect(c.call.inCall.value).toBe(true);
    expect(c.call.notes.value).toBe('客户在开会');
  });

  it('sets the next try in a later half-day for a no-answer', async () => {
    const { fake, c } = await ready();
    await c.outcome('no-answer');
    const record = fake.records[0]!;
    expect(record.outcome).toBe('no-answer');
    expect(record.callBackAt).not.toBeNull();
    expect(Date.parse(record.callBackAt ?? '')).toBeGreaterThan(Date.parse('2025-11-03T02:30:00Z'));
  });

  it('records call-back-later only with a time', async () => {
    const { fake, c } = await ready();
    await c.outcome('call-back-later');
    expect(fake.records).toHaveLength(0);
    await c.outcome('call-back-later', '2025-11-04T02:30:00.000Z');
    expect(fake.records[0]?.outcome).toBe('call-back-later');
    expect(fake.records[0]?.callBackAt).toBe('2025-11-04T02:30:00.000Z');
  });

  it('keeps the call with its customer when the page switches, and offers the draft again later', async () => {
    const { fake, c } = await ready();
    c.touch();
    c.runner.yes();
    c.setContext(makeContext('李四', '13700000000', { customerId: 'C-2' }));
    expect(c.call.customer.value?.fields.name?.value).toBe('王建国');
    expect(c.call.switchPending.value?.fields.name?.value).toBe('李四');
    await c.switchToPage();
    expect(fake.drafts.size).toBe(1);
    expect(c.call.customer.value?.fields.name?.value).toBe('李四');
    c.setContext(makeContext('王建国', '13901186247', { signDate: '2025-10-30', customerId: 'C-1' }));
    await tick();
    await tick();
    expect(c.draftOffer.value?.customerKey).toContain('C-1');
    c.resume(c.draftOffer.value!);
    expect(c.call.inCall.value).toBe(true);
    expect(Object.values(c.runner.engine.value?.answers ?? {})).toContain('yes');
  });

  it('"end and switch" mid-call files nothing of the first customer under the second (issue #12)', async () => {
    const { fake, c } = await ready();
    c.touch();
    c.runner.yes();
    c.call.setNotes('A 的备注');
    await fake.runTimers();
    c.setContext(makeContext('李四', '13700000000', { customerId: 'C-2' }));
    await c.switchToPage();
    await fake.runTimers();
    await tick();
    expect([...fake.drafts.keys()]).toEqual([expect.stringContaining('C-1')]);
    expect(fake.drafts.get([...fake.drafts.keys()][0]!)?.record.notes).toBe('A 的备注');
    expect(c.call.notes.value).toBe('');
    expect(c.draftOffer.value).toBeNull();
    await c.outcome('no-answer');
    const forB = fake.records.filter((r) => r.customerKey.includes('C-2'));
    expect(forB).toHaveLength(1);
    expect(forB[0]?.notes).toBe('');
    expect(JSON.stringify(forB[0])).not.toContain('王建国');
  });
});

describe('one record per call, whichever view presses', () => {
  async function hub() {
    const { fake, c } = await ready();
    return { fake, c, apply: (event: CallEvent) => applyCallEvent(c, event) };
  }

  it('drops a press that saw fewer records than were written (another view recorded first)', async () => {
    const { fake, c, apply } = await hub();
    await apply({ type: 'notes', value: '第一通' });
    await Promise.all([
      apply({ type: 'outcome', outcome: 'reached', callBackAt: null, seen: 0, openItemsReason: '一' }),
      apply({ type: 'outcome', outcome: 'reached', callBackAt: null, seen: 0, openItemsReason: '二' }),
    ]);
    expect(fake.records).toHaveLength(1);
    expect(c.recorded.value).toBe(1);
  });

  it('drops a press with no call begun for the customer recorded seconds ago, not a later attempt', async () => {
    const { fake, apply } = await hub();
    await apply({ type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    fake.advance(2_000);
    await apply({ type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 1 });
    expect(fake.records).toHaveLength(1);
    fake.advance(60_000);
    await apply({ type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 1 });
    expect(fake.records).toHaveLength(2);
  });

  it('drops an answer meant for a step the call has already left', async () => {
    const { c, apply } = await hub();
    const first = c.runner.engine.value?.current ?? null;
    await apply({
      type: 'engine',
      step: first,
      event: { type: 'answer', at: '2025-11-03T02:31:00.000Z', value: 'yes' },
    });
    const second = c.runner.engine.value?.current;
    expect(second).not.toBe(first);
    await apply({
      type: 'engine',
      step: first,
      event: { type: 'answer', at: '2025-11-03T02:31:01.000Z', value: 'no' },
    });
    expect(c.runner.engine.value?.current).toBe(second);
  });

  it('proposes the hesitation-period script for an insurance product, not the wealth one (issue #12)', async () => {
    const fake = createFakePorts();
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    const context = makeContext('赵子轩', '15868123457', { signDate: '2025-11-03', customerId: 'C-9' });
    const source = { via: 'adapter' as const };
    context.fields.product = { value: '鑫享年金保险（分红型）', raw: '鑫享年金保险（分红型）', source };
    c.setContext(context);
    await tick();
    expect(c.kind.value).toBe('hesitation-period');
    expect(c.runner.script.value?.id).not.toBe('wealth-new-contract');
  });
});

describe('the record checks ask before a record is written (docs/report.md, "What a record proves")', () => {
  it('"reached" with required items of the path open waits for ticks or a reason, and stores the reason', async () => {
    const { fake, c } = await ready();
    const apply = (event: CallEvent) => applyCallEvent(c, event);
    await apply({ type: 'notes', value: '只问了身份' });
    await apply({ type: 'outcome', outcome: 'reached', callBackAt: null, seen: 0 });
    expect(fake.records).toHaveLength(0);
    const asked = c.confirmView();
    expect(asked?.outcome).toBe('reached');
    expect(asked?.openItems.map((i) => i.id)).toEqual(expect.arrayContaining(['contract-verified', 'no-conflict']));
    // Ticking one removes it from the question at once.
    c.runner.toggleTick('no-conflict');
    expect(c.confirmView()?.openItems.map((i) => i.id)).not.toContain('no-conflict');
    // A blank reason does not settle it.
    await apply({ type: 'outcome', outcome: 'reached', callBackAt: null, seen: 0, openItemsReason: '  ' });
    expect(fake.records).toHaveLength(0);
    await apply({ type: 'outcome', outcome: 'reached', callBackAt: null, seen: 0, openItemsReason: ' 客户挂断 ' });
    expect(fake.records).toHaveLength(1);
    expect(fake.records[0]?.openItemsReason).toBe('客户挂断');
    expect(c.confirmView()).toBeNull();
  });

  it('cancel takes the question back and records nothing', async () => {
    const { fake, c } = await ready();
    const apply = (event: CallEvent) => applyCallEvent(c, event);
    await apply({ type: 'outcome', outcome: 'reached', callBackAt: null, seen: 0 });
    expect(c.confirmView()).not.toBeNull();
    await apply({ type: 'cancel-outcome' });
    expect(c.confirmView()).toBeNull();
    expect(fake.records).toHaveLength(0);
  });

  it('a no-answer after 5 s of ringing asks; once confirmed it is marked with the ring time of the press', async () => {
    const { fake, c } = await ready();
    const apply = (event: CallEvent) => applyCallEvent(c, event);
    await apply({ type: 'timer', on: true });
    fake.advance(5_000);
    await apply({ type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    expect(fake.records).toHaveLength(0);
    expect(c.confirmView()).toMatchObject({ outcome: 'no-answer', openItems: [], shortRingSeconds: 5 });
    // The agent reads the question for 30 s: the ring time stays the one of the press.
    fake.advance(30_000);
    await apply({ type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0, shortRingConfirmed: true });
    expect(fake.records[0]).toMatchObject({ outcome: 'no-answer', ringSeconds: 5, shortRingConfirmed: true });
  });

  it('a no-answer after 20 s, or with no ring time, records at once and unmarked', async () => {
    const { fake, c } = await ready();
    const apply = (event: CallEvent) => applyCallEvent(c, event);
    await apply({ type: 'timer', on: true });
    fake.advance(21_000);
    await apply({ type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 0 });
    expect(fake.records[0]?.shortRingConfirmed).toBeUndefined();
    fake.advance(3_600_000);
    await apply({ type: 'outcome', outcome: 'no-answer', callBackAt: null, seen: 1 });
    expect(fake.records).toHaveLength(2);
    expect(fake.records[1]?.shortRingConfirmed).toBeUndefined();
  });
});

describe('the stored customer key', () => {
  it('records under the key the customer is stored under, when the background found it under an older one', async () => {
    const fake = createFakePorts();
    const older = 'derived:http://crm.test#older';
    fake.ports.seeCustomer = async (_key, context) =>
      ({ key: older, origin: context.origin, events: {}, stats: { lastReachedAt: null } }) as never;
    const c = createCallSession(fake.ports, 'zh-CN');
    await c.init();
    c.setContext(makeContext('王建国', '13901186247', { customerId: 'C-1' }));
    await tick();
    expect(c.customerKey.value).toBe(older);
    c.touch();
    c.runner.yes();
    await c.outcome('no-answer');
    expect(fake.records[0]?.customerKey).toBe(older);
  });
});
