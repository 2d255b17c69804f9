// Quota errors arrive as DOMException QuotaExceededError, Dexie's QuotaExceededError, Firefox's
// NS_ERROR_DOM_QUOTA_REACHED, or wrapped one or more levels deep (Dexie's err.inner, BulkError.failures, cause).

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isQuotaSelf(err: Record<string, unknown>): boolean {
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : '';
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    err.code === 22 ||
    err.code === 1014 ||
    /quota/i.test(message)
  );
}

/** Whether the error, or anything it wraps, means the browser refused to store more. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!isRecord(err) || depth > 5) return false;
  if (isQuotaSelf(err)) return true;
  const nested: unknown[] = [err.inner, err.cause];
  if (Array.isArray(err.failures)) nested.push(...err.failures);
  if (isRecord(err.failuresByPos)) nested.push(...Object.values(err.failuresByPos));
  return nested.some((e) => isQuotaError(e, depth + 1));
}

export interface StorageErrorExplanation {
  kind: 'quota' | 'other';
  /** For the agent, in their language; says that nothing stored was lost and what to do. */
  message: { 'zh-CN': string; en: string };
}

export function explainStorageError(err: unknown): StorageErrorExplanation {
  if (isQuotaError(err)) {
    return {
      kind: 'quota',
      message: {
        'zh-CN':
          '浏览器存储空间已满，本次内容未能保存；已保存的记录和草稿不受影响。请先导出数据（设置 → 数据 → 导出），再清理超过保存期限的旧记录，或释放磁盘空间后重试。',
        en: 'Browser storage is full, so this change was not saved; records and the draft already stored are untouched. Export your data (Options → Data → Export), then purge records past the retention period, or free disk space, and try again.',
      },
    };
  }
  const detail = isRecord(err) && typeof err.message === 'string' ? err.message : String(err);
  return {
    kind: 'other',
    message: {
      'zh-CN': `保存失败：${detail}。已保存的数据不受影响，请重试。`,
      en: `Saving failed: ${detail}. Data already stored is untouched; try again.`,
    },
  };
}
