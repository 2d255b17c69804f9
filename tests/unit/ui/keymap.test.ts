import { mapKey } from '@/utils/ui/keymap';
import { nextOpenItem } from '@/utils/ui/runner-view';
import { bindKeys } from '@/utils/panel/keyboard';

describe('mapKey', () => {
  it.each([
    [{ key: '1' }, { type: 'answer-index', index: 0 }],
    [{ key: '9' }, { type: 'answer-index', index: 8 }],
    [{ key: 'y' }, { type: 'answer-yes' }],
    [{ key: 'n' }, { type: 'answer-no' }],
    [{ key: 'Enter' }, { type: 'next' }],
    [{ key: 'Backspace' }, { type: 'back' }],
    [{ key: 'r' }, { type: 'reveal' }],
    [{ key: 'R' }, { type: 'reveal' }],
    [{ key: 't' }, { type: 'teach' }],
    [{ key: 'k' }, { type: 'focus-kind' }],
    [{ key: 'a' }, { type: 'focus-answer' }],
    [{ key: 'c' }, { type: 'focus-checklist' }],
    [{ key: 'x' }, { type: 'tick-next' }],
    [{ key: 'Escape' }, { type: 'leave-field' }],
    [
      { key: 'K', shiftKey: true },
      { type: 'outcome', outcome: 'no-such-number' },
    ],
    [
      { key: 'W', shiftKey: true },
      { type: 'outcome', outcome: 'wrong-number' },
    ],
    [
      { key: 'N', shiftKey: true },
      { type: 'outcome', outcome: 'no-answer' },
    ],
    [
      { key: 'C', shiftKey: true },
      { type: 'outcome', outcome: 'reached' },
    ],
    [
      { key: 'L', shiftKey: true },
      { type: 'outcome', outcome: 'call-back-later' },
    ],
    [{ key: 'Escape', inEditable: true }, { type: 'leave-field' }],
  ])('%j → %j', (input, action) => {
    expect(mapKey(input)).toEqual(action);
  });

  it.each([
    [{ key: 'n', inEditable: true }],
    [{ key: '1', inEditable: true }],
    [{ key: 'Enter', inEditable: true }],
    [{ key: 'c', ctrlKey: true }],
    [{ key: 'Tab' }],
    [{ key: '0' }],
    [{ key: 'Q', shiftKey: true }],
  ])('leaves %j to the browser', (input) => {
    expect(mapKey(input)).toBeNull();
  });
});

describe('bindKeys', () => {
  it('Enter on an expander (<summary>) opens it and never advances the script', () => {
    const seen: string[] = [];
    const stop = bindKeys(document, (action) => seen.push(action.type));
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    details.append(summary);
    document.body.append(details);
    summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    stop();
    details.remove();
    expect(seen).toEqual(['next']);
  });
});

describe('nextOpenItem (key X)', () => {
  const item = (id: string, checked: boolean, relevant: boolean, required = false) => ({
    id,
    text: id,
    rule: '',
    checked,
    relevant,
    required,
  });
  it.each([
    [[item('a', true, true), item('b', false, true), item('c', false, false, true)], 'b'],
    [[item('a', true, true), item('c', false, false), item('d', false, false, true)], 'd'],
    [[item('a', true, false), item('c', false, false)], 'c'],
    [[item('a', true, true)], undefined],
  ])('%#: ticks %s', (items, id) => {
    expect(nextOpenItem(items)?.id).toBe(id);
  });
});
