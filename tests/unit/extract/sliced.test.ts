import { extractCustomer, extractSteps } from '@/utils/extract';
import { runSliced } from '@/utils/extract/sliced';
import { runSteps, type Steps } from '@/utils/extract/types';

/** Steps that each take `ms` of a fake clock and record which ran. */
function timedSteps(n: number, ms: number, clock: { t: number }, ran: number[]): Steps<string> {
  return (function* () {
    for (let i = 0; i < n; i++) {
      clock.t += ms;
      ran.push(i);
      yield;
    }
    return 'done';
  })();
}

describe('runSliced', () => {
  it('runs a short extraction in one slice, without giving the page a turn', async () => {
    const clock = { t: 0 };
    const pause = vi.fn(() => Promise.resolve());
    const slices: number[] = [];
    const r = await runSliced(timedSteps(5, 1, clock, []), {
      pause,
      changed: () => false,
      budgetMs: 12,
      now: () => clock.t,
      onSlice: (ms) => slices.push(ms),
    });
    expect(r).toEqual({ value: 'done' });
    expect(pause).not.toHaveBeenCalled();
    expect(slices).toEqual([5]);
  });

  it('gives the page its turn each time a slice has used its budget', async () => {
    const clock = { t: 0 };
    const pause = vi.fn(() => Promise.resolve());
    const slices: number[] = [];
    const r = await runSliced(timedSteps(10, 5, clock, []), {
      pause,
      changed: () => false,
      budgetMs: 12,
      now: () => clock.t,
      onSlice: (ms) => slices.push(ms),
    });
    expect(r).toEqual({ value: 'done' });
    // 5 + 5 + 5 ≥ 12: three steps per slice, then a pause.
    expect(slices).toEqual([15, 15, 15, 5]);
    expect(pause).toHaveBeenCalledTimes(3);
  });

  it('stops and gives nothing when the page changed during a pause', async () => {
    const clock = { t: 0 };
    const ran: number[] = [];
    let changed = false;
    const r = await runSliced(timedSteps(10, 5, clock, ran), {
      pause: () => {
        changed = true; // the page's own script ran in the pause and changed it
        return Promise.resolve();
      },
      changed: () => changed,
      budgetMs: 12,
      now: () => clock.t,
    });
    expect(r).toBeNull();
    expect(ran).toEqual([0, 1, 2]); // nothing read after the change
  });
});

describe('extractSteps', () => {
  it('gives what extractCustomer gives', () => {
    const page = new DOMParser().parseFromString(
      `<h1>张三</h1><dl><dt>手机</dt><dd>13900000001</dd><dt>身份证号</dt><dd>11010519491231002X</dd></dl>
      <ul class="timeline">${'<li><span>李四</span> 更新了 <a href="/c?id=2">记录</a></li>'.repeat(40)}</ul>`,
      'text/html',
    );
    document.body.replaceChildren(...Array.from(page.body.childNodes));
    const now = new Date('2026-11-27T10:00:00Z');
    const whole = extractCustomer(document, 'https://crm.example/c/1', now);
    let pauses = 0;
    const steps = extractSteps(document, 'https://crm.example/c/1', now);
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThan(5);
    expect(r.value).toEqual(whole);
    expect(runSteps(extractSteps(document, 'https://crm.example/c/1', now))).toEqual(whole);
    expect(whole.fields.mobile?.value).toBe('13900000001');
  });
});
