import {
  applyEvent,
  createEngineState,
  type AnswerInput,
  type EngineEvent,
  type EngineState,
} from '@/utils/core/script/engine';
import type { Script } from '@/utils/core/script/schema';
import type { CallbackKind } from '@/utils/core/callback-kinds';

/** A customer with every field the playbooks read, as the panel would pass it. */
export const fullContext: Record<string, string> = {
  name: '王芳',
  gender: 'female',
  birthDate: '1985-03-08',
  idNumber: '11010519850308002X',
  phone: '010-62345678',
  mobile: '13812345678',
  email: 'wangfang@example.com',
  company: '星河贸易有限公司',
  address: '北京市海淀区知春路88号',
  customerId: 'C-1024',
  product: '稳盈一号',
  signDate: '2026-11-24',
  owner: '赵强',
  agentName: '李明',
  companyName: '慧方',
  servicePhone: '400-800-1234',
  today: '2026-11-27',
};

const at = (move: number): string => new Date(Date.UTC(2026, 10, 27, 2, 0, move)).toISOString();

export type Walk = { state: EngineState; path: string[]; flags: string[]; outcome: string | null };

/**
 * Plays a script as an agent would, like `npm run play`: from the start, say steps are read (answered without a
 * value), questions named in `answers` get that answer, and other questions are skipped, until the call ends.
 * `kind` picks the script's start for that kind (`startByKind`). A refused event fails the walk, so a wrong answer in a test cannot pass silently.
 */
export function walkPlaybook(
  script: Script,
  answers: Readonly<Record<string, AnswerInput>>,
  context: Record<string, string> = fullContext,
  kind?: CallbackKind,
): Walk {
  let state = applyEvent(script, createEngineState(script), { type: 'start', at: at(0), context, kind });
  for (let move = 1; state.status === 'running' && move <= 500; move += 1) {
    const step = script.steps.find((candidate) => candidate.id === state.current);
    if (!step) throw new Error(`No current step at move ${move}`);
    // A block's copy (`pre.greet`) takes the answer given for its own id or for the block's step (`greet`).
    const value = answers[step.id] ?? answers[step.id.slice(step.id.indexOf('.') + 1)];
    const event: EngineEvent =
      step.type === 'say'
        ? { type: 'answer', at: at(move) }
        : value === undefined
          ? { type: 'skip', at: at(move) }
          : { type: 'answer', at: at(move), value };
    state = applyEvent(script, state, event);
    if (state.problem) throw new Error(`Step "${step.id}": ${state.problem.message}`);
  }
  return {
    state,
    path: state.path.map((entry) => entry.step),
    flags: state.flags.map((flag) => flag.flag),
    outcome: state.outcome?.id ?? null,
  };
}
