import { render, screen, fireEvent } from '@testing-library/preact';
import { CustomerCard } from '@/components/customer-card';
import { OutcomeBar } from '@/components/outcome-bar';
import { DataButtons } from '@/components/data-buttons';
import { StepRunner } from '@/components/step-runner';
import { HistoryList } from '@/components/history-list';
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
        summary=""
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
        summary=""
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
          { id: '1', when: 'now', outcome: 'Reached', kind: 'k', notes: xss, path: [], answers: [], checks: [xss] },
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
});
