import { describe, expect, it } from 'vitest';
import { escalationBannerState } from '@/utils/ui/escalation-view';

// History as the call session keeps it: newest first.
const history = [
  { id: 'today', flags: ['complaint'] },
  { id: 'last-month', flags: [] },
  { id: 'last-year', flags: ['signed-on-behalf', 'escalated'] },
];

describe('the escalation banner', () => {
  it('after recording, shows the serious answers of the call just recorded, not of an older call', () => {
    const state = escalationBannerState({ recorded: 1, history, liveFlags: [], liveEscalated: false });
    expect(state?.record?.id).toBe('today');
    expect(state?.proposed).toEqual(['complaint']);
    expect(state?.manual).toBe(false);
  });

  it('shows nothing after recording a calm call, whatever older calls held', () => {
    const calm = [{ id: 'today', flags: [] }, ...history.slice(1)];
    expect(escalationBannerState({ recorded: 1, history: calm, liveFlags: [], liveEscalated: false })).toBeNull();
  });

  it('during the call, shows the live serious answers with no record to raise on yet', () => {
    const state = escalationBannerState({ recorded: 0, history, liveFlags: ['complaint'], liveEscalated: false });
    expect(state).toEqual({ record: null, proposed: ['complaint'], manual: false });
    expect(escalationBannerState({ recorded: 0, history, liveFlags: [], liveEscalated: false })).toBeNull();
  });
});
