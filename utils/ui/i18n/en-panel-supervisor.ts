import type { zhCNPanelSupervisor } from './zh-cn-panel-supervisor';

export const enPanelSupervisor: Record<keyof typeof zhCNPanelSupervisor, string> = {
  escalationBefore: 'Serious anomaly: {types}. Escalate it to the supervisor once the outcome is recorded.',
  escalationAfter:
    'This call found a serious anomaly: {types}. Escalate to the supervisor; second callback within 5 working days:',
  escalateManual: 'an anomaly the agent marked',
  escalateType: 'Anomaly',
  escalateSeverity: 'Severity',
  severityHigh: 'high',
  severityMedium: 'medium',
  escalateReason: 'Reason',
  escalateSubmit: 'Escalate to the supervisor',
  confirmOutcomeTitle: 'Confirm before recording “{outcome}”',
  openItemsAsk:
    '{n} required checklist item(s) of this call’s path are still open: tick them, or give the reason (it is kept in the record).',
  openItemsAllTicked: 'All required checklist items are ticked.',
  openItemsReason: 'Why they stay open',
  confirmOutcome: 'Record',
  correctRecord: 'Correct…',
  correctSatisfaction: 'Overall satisfaction',
  correctReason: 'Why (required, audited)',
  correctSave: 'Save correction',
  'satisfaction.satisfied': 'Satisfied',
  'satisfaction.fairly-satisfied': 'Fairly satisfied',
  'satisfaction.basically-satisfied': 'Basically satisfied',
  'satisfaction.dissatisfied': 'Not satisfied',
  escalateNeedsName:
    'Your name is not set: the supervisor would not see who raised the escalation. Enter it under “Settings” first.',
  escalatedDone: 'Escalated; second callback due {due}, added to the queue.',
  historyOpenItemsReason: 'Checklist left open: {reason}',
  historyShortRing: 'Rang under 20 s (confirmed)',
  historyRevision: 'Corrected (revision {n}): {reason}',
};
