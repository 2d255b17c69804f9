import type { zhCNWorklist } from './zh-cn-worklist';

// Typed against the zh-CN keys: a missing or extra key fails the type check.
export const enWorklist: Record<keyof typeof zhCNWorklist, string> = {
  wlTitle: 'Import a work list',
  wlHint: 'An Excel (.xlsx) or CSV file exported from your CRM, column names in the first row.',
  wlFile: 'Choose the list file',
  wlFileRead: 'File: {name} ({encoding}, {rows} rows)',
  wlRemembered: 'Columns filled in as you confirmed them last time for this layout.',
  wlSite: 'CRM site of these customers',
  wlNoSite: 'Enable your CRM’s address under “Sites” first.',
  wlDefaultKind: 'Callback kind for rows without one',
  wlChooseKind: 'Choose',
  wlLink: 'Record link template (optional)',
  wlLinkHint: 'e.g. https://crm.example.com/customer/{id}: “Next customer” opens it in the current tab.',
  wlMapping: 'Columns',
  wlNoColumn: '(no such column)',
  wlPreview: 'Preview: {n} callbacks, {merged} duplicate rows merged',
  wlIssues: '{n} problems; fix the file and choose it again (nothing will be imported):',
  wlIssueAt: 'Row {row} · {column}: {message}',
  wlIssueFile: 'Whole file: {message}',
  wlMoreIssues: '{n} more problems not shown',
  wlImport: 'Import {n} callbacks',
  wlDone: 'Imported “{name}”: {n} callbacks ({merged} duplicate rows merged).',
  wlCancel: 'Cancel',
  qFromList: 'From the list',
  // my calls today (History tab)
};
