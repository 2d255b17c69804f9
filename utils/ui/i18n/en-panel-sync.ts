import type { zhCNPanelSync } from './zh-cn-panel-sync';

export const enPanelSync: Record<keyof typeof zhCNPanelSync, string> = {
  teamSyncedTo: 'Synced to {server}',
  leaseHeld: 'You hold this customer (until {until})',
  leaseHeldByOther: '{owner} is working on this customer (until {until})',
  leaseLost: 'Lease lost: the record is still saved and flagged for the supervisor',
  leaseOffline: 'Offline: cannot lock, you can still record',
  leaseIdle: 'The customer is locked when the call begins',
  syncBadgeSent: 'Synced',
  syncBadgePending: 'Waiting to sync',
  syncBadgeRejected: 'Refused by the server: {reason}',
  syncFlagLeaseLost: 'recorded after the lease was lost',
  syncFlagNoLease: 'recorded without a lease',
  teamQueueTitle: 'Team queue',
  teamQueueHeldBy: '{owner} is on it',
};
