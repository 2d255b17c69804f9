import type { CallbackKind } from '@/utils/core/callback-kinds';
import { builtinPlaybooks } from '@/utils/core/playbooks/index';
import { lintScript, lintScriptJson } from '@/utils/core/script/lint';
import { locales } from '@/utils/core/script/localized';
import { renderText } from '@/utils/core/script/placeholders';
import { rankScripts } from '@/utils/core/script/select';
import { fullContext, walkPlaybook } from './walk-playbook';

const byId = (id: string) => builtinPlaybooks.find((script) => script.id === id);

describe('the built-in playbooks', () => {
  it('are the nine of domain.md, each with its own id', () => {
    expect(builtinPlaybooks.map((script) => script.id)).toEqual([
      'software-checkin',
      'wealth-new-contract',
      'wealth-continuous',
      'wealth-complaint-followup',
      'wealth-termination',
      'insurance-hesitation',
      'travel-callbacks',
      'power-callback',
      'dealer-visit-followup',
    ]);
  });

  it.each(builtinPlaybooks.map((script) => [script.id, script] as const))(
    '%s passes the linter with no errors, also as a JSON file',
    (_id, script) => {
      expect(lintScript(script).errors).toEqual([]);
      expect(lintScriptJson(JSON.stringify(script)).errors).toEqual([]);
    },
  );

  it.each(builtinPlaybooks.map((script) => [script.id, script] as const))(
    '%s: every checklist item names the text and clause it serves',
    (_id, script) => {
      expect(script.checklist?.length ?? 0).toBeGreaterThan(0);
      for (const item of script.checklist ?? []) expect(item.rule).toMatch(/^篇[一二三四五六七八九十]+/);
    },
  );

  it.each(builtinPlaybooks.map((script) => [script.id, script] as const))(
    '%s: the completed call closes with the service phone in both languages',
    (_id, script) => {
      const closings = script.steps.filter((step) => step.end === 'completed');
      expect(closings.length).toBeGreaterThan(0);
      for (const step of closings)
        for (const locale of locales) expect(step.text[locale]).toContain('{{servicePhone}}');
    },
  );

  it.each(builtinPlaybooks.map((script) => [script.id, script] as const))(
    '%s: with a full customer record no text shows a gap; with none, gaps are visible',
    (_id, script) => {
      for (const step of script.steps) {
        for (const locale of locales) {
          const full = renderText(step.text[locale], fullContext, { locale });
          expect(full).not.toMatch(/【缺|\[missing|undefined|\{\{/);
          const empty = renderText(step.text[locale], {}, { locale });
          expect(empty).not.toMatch(/undefined|\{\{/);
          if (step.text[locale].includes('{{')) expect(empty).toMatch(locale === 'zh-CN' ? /【缺：/ : /\[missing: /);
        }
      }
    },
  );

  it.each(builtinPlaybooks.map((script) => [script.id, script] as const))(
    '%s: an agent who skips every question still reaches an end',
    (_id, script) => {
      const walk = walkPlaybook(script, {});
      expect(walk.state.status).toBe('ended');
      expect(walk.outcome).not.toBeNull();
    },
  );

  it.each<[CallbackKind, string]>([
    ['software-checkin', 'software-checkin'],
    ['new-contract', 'wealth-new-contract'],
    ['continuous', 'wealth-continuous'],
    ['complaint-followup', 'wealth-complaint-followup'],
    ['termination', 'wealth-termination'],
    ['hesitation-period', 'insurance-hesitation'],
    ['travel-pre-use', 'travel-callbacks'],
    ['travel-post-use', 'travel-callbacks'],
    ['travel-re-need', 'travel-callbacks'],
    ['power-business', 'power-callback'],
    ['power-repair', 'power-callback'],
    ['satisfaction-sample', 'power-callback'],
    ['dealer-visit-followup', 'dealer-visit-followup'],
  ])('when %s is due, %s is ranked first and is the only one that applies', (kind, id) => {
    const ranked = rankScripts(builtinPlaybooks, { context: fullContext, kinds: [kind], today: '2026-11-27' });
    expect(ranked[0]?.script.id).toBe(id);
    expect(ranked.filter((entry) => entry.applies).map((entry) => entry.script.id)).toEqual([id]);
  });

  it('the new-contract script needs a signing date to apply, and says so', () => {
    const { signDate: _dropped, ...withoutDate } = fullContext;
    const ranked = rankScripts(builtinPlaybooks, {
      context: withoutDate,
      kinds: ['new-contract'],
      today: '2026-11-27',
    });
    const entry = ranked.find((candidate) => candidate.script.id === 'wealth-new-contract');
    expect(entry?.applies).toBe(false);
    expect(entry?.reasons.some((reason) => !reason.matched && reason.text['zh-CN'].includes('签约日期'))).toBe(true);
    expect(byId('wealth-new-contract')?.kinds).toEqual(['new-contract']);
  });
});
