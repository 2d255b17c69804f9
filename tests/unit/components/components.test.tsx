import { render, screen, fireEvent } from '@testing-library/preact';
import { CustomerCard } from '@/components/customer-card';
import { OutcomeBar } from '@/components/outcome-bar';
import { DataButtons } from '@/components/data-buttons';
import { StepRunner } from '@/components/step-runner';
import { HistoryList } from '@/components/history-list';
import { RecordCorrection } from '@/components/record-correction';
import { OutcomeConfirm } from '@/components/outcome-confirm';
import { createTranslate } from '@/utils/ui/i18n';

const t = createTranslate('en');
const xss = '<img src=x onerror=alert(1)>';

describe('components', () => {
  afterEach(() => document.body.replaceChildren());

  it('offers to pick a field again when its value came out wrong', () => {
    const picked: string[] = [];
    render(
      <CustomerCard
        t={t}
        name="王建国"
        summary={[]}
        phone={null}
        attempts={null}
        revealed={false}
        onToggleReveal={() => undefined}
        rows={[{ key: 'product', label: 'Product', display: '客户服务热线', source: 'From: generic', masked: false }]}
        flags={[]}
        onRepick={(key) => picked.push(key)}
      />,
    );
    fireEvent.click(screen.getByTestId('repick-product'));
    expect(picked).toEqual(['product']);
  });

  it('shows markup from the page as literal text', () => {
    render(
      <CustomerCard
        t={t}
        name={xss}
        summary={[]}
        phone={{ key: 'mobile', label: 'mobile', display: '139****6247', source: 'From: x', masked: true }}
        rows={[]}
        flags={[]}
        attempts={{ k: 2, max: 3 }}
        revealed={false}
        onToggleReveal={() => undefined}
      />,
    );
    expect(screen.getByTestId('customer-name').textContent).toBe(xss);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('customer-phone').textContent).toBe('139****6247');
    expect(screen.getByTestId('attempts').textContent).toContain('Attempt 2 of 3');
    render(
      <HistoryList
        t={t}
        items={[
          {
            id: '1',
            when: 'now',
            outcome: 'Reached',
            kind: 'k',
            notes: xss,
            path: [],
            answers: [],
            checks: [xss],
            current: { outcome: 'reached', satisfaction: null, notes: xss },
          },
        ]}
      />,
    );
    expect(screen.getByTestId('history').textContent).toContain(xss);
    expect(document.querySelector('img')).toBeNull();
  });

  it('offers every outcome with its test hook and key', () => {
    const picked: string[] = [];
    render(
      <OutcomeBar
        t={t}
        busy={false}
        escalated={false}
        laterValue={null}
        onOutcome={(o) => picked.push(o)}
        onLaterValue={() => undefined}
        onLaterConfirm={() => undefined}
        onLaterCancel={() => undefined}
        onEscalate={() => undefined}
      />,
    );
    fireEvent.click(screen.getByTestId('outcome-reached'));
    fireEvent.click(screen.getByTestId('outcome-no-answer'));
    expect(picked).toEqual(['reached', 'no-answer']);
    expect(screen.getByTestId('outcome-no-answer').textContent).toContain('Shift+N');
  });

  it('has export buttons and a file input for import', () => {
    const seen: string[] = [];
    render(
      <DataButtons
        t={t}
        status={null}
        onExportJson={() => seen.push('json')}
        onExportCsv={() => seen.push('csv')}
        onImport={() => undefined}
      />,
    );
    fireEvent.click(screen.getByTestId('export-json'));
    expect(seen).toEqual(['json']);
    expect(screen.getByTestId('import-file').getAttribute('type')).toBe('file');
  });

  it('marks gaps for unresolved placeholders', () => {
    render(
      <StepRunner
        t={t}
        title="Script"
        why={null}
        done={false}
        path={[]}
        onAnswer={() => undefined}
        onFree={() => undefined}
        onNext={() => undefined}
        onBack={() => undefined}
        step={{
          id: 's',
          number: 1,
          total: 3,
          note: null,
          freeInput: null,
          freeValue: '',
          answers: [{ value: 'yes', label: 'Yes', key: 'Y', selected: false }],
          parts: [
            { kind: 'text', text: 'Hello ' },
            { kind: 'gap', field: 'name', text: '[missing: name]' },
          ],
        }}
      />,
    );
    expect(screen.getByTestId('gap').textContent).toBe('[missing: name]');
    expect(screen.getByTestId('step').textContent).toContain('Step 1 of 3');
  });

  it('History corrects a record: only what changed, never without a reason', async () => {
    const saved: unknown[] = [];
    render(
      <HistoryList
        t={t}
        items={[
          {
            id: 'r1',
            when: 'now',
            outcome: 'Reached',
            kind: 'k',
            notes: '',
            path: [],
            answers: [],
            checks: [],
            current: { outcome: 'reached', satisfaction: 'satisfied', notes: '' },
          },
        ]}
        onCorrect={async (id, changes, reason) => (saved.push({ id, changes, reason }), null)}
        Correction={RecordCorrection}
      />,
    );
    fireEvent.click(screen.getByTestId('correct-record'));
    fireEvent.change(screen.getByTestId('correct-satisfaction'), { target: { value: 'basically-satisfied' } });
    expect((screen.getByTestId('correct-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByTestId('correct-reason'), { target: { value: '客户说的是基本满意' } });
    fireEvent.click(screen.getByTestId('correct-save'));
    await Promise.resolve();
    expect(saved).toEqual([
      { id: 'r1', changes: { satisfaction: 'basically-satisfied' }, reason: '客户说的是基本满意' },
    ]);
  });

  it('the record question: open items need a reason; a short ring only a confirmation', () => {
    const answers: unknown[] = [];
    const ticked: string[] = [];
    const item = { id: 'no-conflict', text: { 'zh-CN': '回避销售人员', en: 'Not the seller' } };
    render(
      <OutcomeConfirm
        t={t}
        locale="en"
        confirm={{ outcome: 'reached', openItems: [item], shortRingSeconds: null }}
        onTick={(id) => ticked.push(id)}
        onConfirm={(a) => answers.push(a)}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByTestId('outcome-confirm').textContent).toContain('Not the seller');
    expect((screen.getByTestId('confirm-outcome') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox'));
    expect(ticked).toEqual(['no-conflict']);
    fireEvent.input(screen.getByTestId('open-items-reason'), { target: { value: ' hung up ' } });
    fireEvent.click(screen.getByTestId('confirm-outcome'));
    expect(answers).toEqual([{ openItemsReason: 'hung up' }]);
    document.body.replaceChildren();
    render(
      <OutcomeConfirm
        t={t}
        locale="en"
        confirm={{ outcome: 'no-answer', openItems: [], shortRingSeconds: 4 }}
        onTick={() => undefined}
        onConfirm={(a) => answers.push(a)}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByTestId('short-ring-warning').textContent).toContain('4 s');
    fireEvent.click(screen.getByTestId('confirm-outcome'));
    expect(answers.at(-1)).toEqual({ shortRingConfirmed: true });
  });
});
