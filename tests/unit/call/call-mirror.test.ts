import { createCallMirror, type CallPort } from '@/utils/call/call-mirror';
import { panelZhCN } from '@/utils/ui/i18n/panel-zh-cn';

/** Ports the mirror opens, in order; `drop` is the background going away (Chrome stopped the service worker). */
function fakeEnv() {
  const ports: { sent: unknown[]; drop: () => void; tabId: number }[] = [];
  const timers: (() => void)[] = [];
  return {
    ports,
    port: (i: number) => {
      const p = ports[i];
      if (!p) throw new Error(`no port ${i}`);
      return p;
    },
    runTimers: () => timers.splice(0).forEach((fn) => fn()),
    env: {
      connect(tabId: number): CallPort {
        const sent: unknown[] = [];
        const onDisconnect: (() => void)[] = [];
        ports.push({ sent, tabId, drop: () => onDisconnect.forEach((fn) => fn()) });
        return {
          postMessage: (m) => void sent.push(m),
          onMessage: { addListener: () => undefined },
          onDisconnect: { addListener: (fn) => void onDisconnect.push(fn) },
          disconnect: () => undefined,
        };
      },
      now: () => Date.parse('2025-11-03T02:30:00.000Z'),
      timeZone: 'Asia/Shanghai',
      setTimer: (fn: () => void) => void timers.push(fn),
    },
  };
}

const events = (sent: unknown[]) => sent.map((m) => (m as { event: { type: string } }).event);

describe('a view of the call while the background is away', () => {
  it('keeps what the agent does until the port is back, then sends it in order', () => {
    const f = fakeEnv();
    const mirror = createCallMirror(f.env, 'zh-CN', panelZhCN);
    mirror.bind(7);
    f.port(0).drop();
    mirror.call.toggleTimer();
    mirror.setEscalated(true);
    expect(f.ports).toHaveLength(1);
    f.runTimers();
    expect(f.ports).toHaveLength(2);
    expect(f.port(1).tabId).toBe(7);
    expect(events(f.port(1).sent)).toEqual([
      { type: 'timer', on: true },
      { type: 'escalate', on: true },
    ]);
  });

  it('says a note again when the background went away before echoing it', () => {
    const f = fakeEnv();
    const mirror = createCallMirror(f.env, 'zh-CN', panelZhCN);
    mirror.bind(7);
    mirror.call.setNotes('客户说下午方便');
    f.port(0).drop();
    f.runTimers();
    expect(events(f.port(1).sent)).toEqual([{ type: 'notes', value: '客户说下午方便' }]);
  });

  it('drops what was kept for a tab the view no longer follows', () => {
    const f = fakeEnv();
    const mirror = createCallMirror(f.env, 'zh-CN', panelZhCN);
    mirror.bind(7);
    f.port(0).drop();
    mirror.call.toggleTimer();
    mirror.bind(8);
    f.runTimers();
    expect(f.ports.map((p) => p.tabId)).toEqual([7, 8]);
    expect(f.port(1).sent).toEqual([]);
  });
});
