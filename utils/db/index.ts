// The data layer the panel and options page call. Every function takes the database first (`db` from ./db in
// extension pages, a fresh HuifangDb in tests). See docs/data.md for the schema, guarantees and recovery.
export { HuifangDb, dbName } from './app-db';
export { saveDraft, loadDraft, listDrafts, discardDraft, writeDraftNow } from './drafts';
export {
  finishCall,
  buildRecordFromDraft,
  reviseRecord,
  type FinishInput,
  type RecordChanges,
  type ReviseOptions,
} from './callbacks';
export {
  listCallbacks,
  listAgentCalls,
  customerHistory,
  listSupersededIds,
  type ListFilters,
  type CustomerHistory,
} from './history';
export {
  listQueue,
  countQueue,
  countAttemptsByCustomer,
  countAttemptsInWindow,
  lastAttempts,
  type QueueItem,
  type QueueOptions,
} from './queue';
export { upsertCustomer, getCustomer, setCustomerDue, type SeenCustomer } from './customers';
export { resolveCustomerKey } from './customer-aliases';
export {
  pendingOutbox,
  applyFlushOutcome,
  postponeOutbox,
  countOutbox,
  recordSyncStates,
  readSyncMeta,
  writeSyncMeta,
  storePull,
  listTeamQueue,
  forgetTeamQueue,
  type OutboxRow,
  type RecordSyncState,
} from './outbox';
export { exportRecords, type ExportOptions, type ExportResult, type ExportProgress } from './export-records';
export {
  importFile,
  importText,
  importEnvelope,
  type ImportOptions,
  type ImportOutcome,
  type ImportReport,
} from './import-records';
export { previewPurge, purgeRecords, computeRetentionCutoff, type PurgePreview } from './retention';
export { recordAudit, verifyAuditChain, listAudit, type AuditCheck } from './audit';
export { readLegacySettingRows } from './settings';
export {
  saveScriptVersion,
  saveScriptDraft,
  publishScriptDraft,
  getScript,
  listScriptVersions,
  saveSiteAdapter,
  getSiteAdapter,
  listSiteAdapters,
  deleteSiteAdapter,
} from './scripts';
export {
  checkDataMarker,
  acknowledgeDataLoss,
  requestPersistentStorage,
  dataMarkerKey,
  type KeyValueStore,
  type MarkerCheck,
  type PersistResult,
} from './storage-guard';
export { isQuotaError, explainStorageError, type StorageErrorExplanation } from './quota';
export { watchVersionChange, type VersionChangeHooks } from './version-change';
export { runScheduledBackup } from './backup';
export { escalateRecord, settleEscalationsFor, listEscalationsSettled, type EscalateInput } from './escalations';
export { saveReview, listReviews } from './reviews';
export { saveWorklist, listWorklistEntries, worklistEntriesFor, listWorklists, deleteWorklist } from './worklist';
export { readWorkQueue, type WorkQueueData } from './work-queue-source';
