// Team sync as the panel shows it (#16, docs/team-sync.md): the lease line, the record badges, the team queue. zh-CN is the source of keys.
export const zhCNPanelSync = {
  teamSyncedTo: '已同步到 {server}',
  leaseHeld: '已锁定此客户（至 {until}）',
  leaseHeldByOther: '{owner} 正在处理此客户（至 {until}）',
  leaseLost: '锁定已失效：记录仍会保存，并标记给主管',
  leaseOffline: '离线：无法锁定，仍可记录',
  leaseIdle: '开始通话时锁定此客户',
  syncBadgeSent: '已同步',
  syncBadgePending: '待同步',
  syncBadgeRejected: '服务器拒收：{reason}',
  syncFlagLeaseLost: '锁定失效时记录',
  syncFlagNoLease: '未锁定时记录',
  teamQueueTitle: '团队队列',
  teamQueueHeldBy: '{owner} 处理中',
} as const;
