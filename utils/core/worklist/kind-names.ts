// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import { type CallbackKind, callbackKinds } from '../callback-kinds';
import { kindRules } from '../rules/kind-rules';

// Words a CRM export uses for the kind of callback, besides our own labels and ids (kind-rules.ts).
const extraNames: Partial<Record<CallbackKind, readonly string[]>> = {
  'new-contract': ['新签约', '新签', '新客户回访', '首次回访'],
  continuous: ['持续', '年度回访', '定期回访'],
  'complaint-followup': ['投诉回访', '投诉'],
  'agreement-change': ['协议变更', '变更确认', '费率变更'],
  termination: ['解约', '销户回访'],
  'hesitation-period': ['犹豫期', '新单回访', '新单', '新契约回访'],
  'travel-pre-use': ['使用前', '出行前提示'],
  'travel-post-use': ['使用后', '满意度回访'],
  'travel-re-need': ['再次需求', '复购回访'],
  'partner-visit': ['创客'],
  'power-business': ['业扩', '业扩报装回访'],
  'power-repair': ['故障报修', '报修回访', '抢修回访'],
  'letter-complaint': ['投诉函复'],
  'letter-report': ['举报函复'],
  'large-customer-visit': ['大客户走访'],
  'satisfaction-sample': ['连心卡', '抽样回访'],
  'dealer-visit-followup': ['拜访回访', '到店回访', '邀约回访'],
  'software-checkin': ['服务回访', '服务中心回访'],
};

function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]/g, '');
}

const byName = new Map<string, CallbackKind>();
for (const kind of callbackKinds) {
  const rule = kindRules[kind];
  for (const name of [kind, rule.label['zh-CN'], rule.label.en, ...(extraNames[kind] ?? [])])
    if (!byName.has(squash(name))) byName.set(squash(name), kind);
}

/** The kind a work-list cell names (our id, our label in either language, or a common CRM word), else null. */
export function parseKindName(text: string): CallbackKind | null {
  return byName.get(squash(text)) ?? null;
}
