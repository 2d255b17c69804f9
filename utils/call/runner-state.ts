import type { CallbackKind } from '@/utils/core/callback-kinds';
import { batch, computed, signal } from '@preact/signals-core';
import { applyEvent, createEngineState, type EngineEvent, type EngineState } from '@/utils/core/script/engine';
import { engineState } from '@/utils/core/compiled/first-frame';
import { FAIL } from '@/utils/core/compiled/runtime';
import type { Locale } from '@/utils/core/script/localized';
import type { Script } from '@/utils/core/script/schema';
import { findStep, viewCurrentStep } from '@/utils/ui/runner-view';

/** A draft's engine state is stored as unknown; reuse it only when it belongs to this script version. */
function savedStateOf(saved: unknown, script: Script): EngineState | null {
  // The engine state's schema compiled (utils/core/compiled/first-frame.ts): the panel's first frame loads no zod.
  const parsed = engineState(saved);
  return parsed !== FAIL && parsed.scriptId === script.id && parsed.scriptVersion === script.version ? parsed : null;
}

/**
 * The script runner: the engine's pure state in a signal, plus what the keyboard needs (free input, a pending
 * multiple choice). Every change goes through the engine; this file only decides which event a key means.
 */
export function createRunnerState(
  nowIso: () => string = () => new Date().toISOString(),
  /** In a view (panel, overlay) events go to the call in the background, tagged with the step they were meant for. */
  send?: (event: EngineEvent, step: string | null) => void,
) {
  const script = signal<Script | null>(null);
  const engine = signal<EngineState | null>(null);
  const freeValue = signal('');
  const pending = signal<string[]>([]);
  /** Bumped on every step change, so the live region re-announces even a revisited step. */
  const stepCounter = signal(0);
  const problem = computed(() => engine.value?.problem?.message ?? null);

  const currentStep = computed(() =>
    script.value && engine.value ? findStep(script.value, engine.value.current) : undefined,
  );

  function dispatch(event: EngineEvent) {
    const s = script.value;
    const state = engine.value;
    if (!s || !state) return;
    if (send) return send(event, state.current);
    const next = applyEvent(s, state, event);
    if (next.current !== state.current || next.path.length !== state.path.length || next.status !== state.status) {
      freeValue.value = '';
      pending.value = [];
      stepCounter.value += 1;
    }
    engine.value = next;
  }

  /** Starts a script for a customer, or restores a saved engine state (resume). */
  function load(
    next: Script | null,
    options: { context: Record<string, string>; locale: Locale; saved?: unknown; kind?: CallbackKind },
  ) {
    script.value = next;
    freeValue.value = '';
    pending.value = [];
    if (!next) {
      engine.value = null;
      return;
    }
    const saved = savedStateOf(options.saved, next);
    if (saved) {
      engine.value = saved;
      return;
    }
    engine.value = createEngineState(next);
    dispatch({
      type: 'start',
      at: nowIso(),
      context: options.context,
      locale: options.locale,
      ...(options.kind ? { kind: options.kind } : {}),
    });
  }

  /** A view takes the state the call in the background sent; a new step clears what was typed for the old one. */
  function receive(nextScript: Script | null, next: EngineState | null) {
    const state = engine.value;
    const moved =
      !state ||
      !next ||
      script.value?.id !== nextScript?.id ||
      next.current !== state.current ||
      next.path.length !== state.path.length ||
      next.status !== state.status;
    batch(() => {
      if (moved) {
        freeValue.value = '';
        pending.value = [];
        stepCounter.value += 1;
      }
      if (script.value?.id !== nextScript?.id || script.value?.version !== nextScript?.version)
        script.value = nextScript;
      engine.value = next;
    });
  }

  function choices() {
    const s = script.value;
    const state = engine.value;
    return s && state ? (viewCurrentStep(s, state, state.context, state.locale)?.options ?? []) : [];
  }

  function answerIndex(index: number) {
    const step = currentStep.value;
    if (!step || step.type !== 'question' || engine.value?.status !== 'running') return;
    const choice = choices()[index];
    if (!choice) return;
    if (step.input === 'multiple') {
      const set = new Set(pending.value);
      if (set.has(choice.value)) set.delete(choice.value);
      else set.add(choice.value);
      pending.value = [...set];
      return;
    }
    dispatch({ type: 'answer', at: nowIso(), value: choice.value });
  }

  function answerValue(value: string) {
    const step = currentStep.value;
    if (!step || step.type !== 'question') return;
    const index = choices().findIndex((c) => c.value === value);
    if (index >= 0) answerIndex(index);
  }

  /** Enter: a say step is done; a question takes the typed or pending answer, or the one already given; else skip. */
  function next() {
    const step = currentStep.value;
    const state = engine.value;
    if (!step || !state || state.status !== 'running') return;
    const at = nowIso();
    if (step.type === 'say') return dispatch({ type: 'answer', at });
    if (step.input === 'multiple' && pending.value.length)
      return dispatch({ type: 'answer', at, value: pending.value });
    if (freeValue.value.trim() !== '') return dispatch({ type: 'answer', at, value: freeValue.value });
    const given = state.answers[step.id];
    if (given !== undefined) return dispatch({ type: 'answer', at, value: given });
    dispatch({ type: 'skip', at });
  }

  return {
    script,
    engine,
    freeValue,
    pending,
    stepCounter,
    problem,
    currentStep,
    load,
    receive,
    dispatch,
    answerIndex,
    answerValue,
    next,
    back: () => dispatch({ type: 'back', at: nowIso() }),
    yes: () =>
      currentStep.value?.type === 'question' &&
      currentStep.value.input === 'yes-no' &&
      dispatch({ type: 'answer', at: nowIso(), value: 'yes' }),
    no: () =>
      currentStep.value?.type === 'question' &&
      currentStep.value.input === 'yes-no' &&
      dispatch({ type: 'answer', at: nowIso(), value: 'no' }),
    toggleTick(item: string) {
      const ticked = engine.value ? item in engine.value.ticks : false;
      dispatch({ type: ticked ? 'untick' : 'tick', at: nowIso(), item });
    },
  };
}
export type RunnerState = ReturnType<typeof createRunnerState>;
