// Page values keep their own direction in the left-to-right panel (F11), and a number copies as its digits (F8).
import { render, screen, fireEvent } from '@testing-library/preact';
import { CustomerCard } from '@/components/customer-card';
import { createTranslate } from '@/utils/ui/i18n';

const t = createTranslate('zh-CN');
const product = 'شقة 3 غرف – برج النخيل، التجمع الخامس (وحدة B-1204)';

describe('the card’s page values', () => {
  afterEach(() => document.body.replaceChildren());

  it('isolates every value from the page with dir="auto": the name, the summary’s product, the rows, the numbers', () => {
    render(
      <CustomerCard
        t={t}
        name="مريم الفارس"
        summary={['女', product]}
        phone={{
          key: 'mobile',
          label: '手机号',
          kind: '手机',
          display: '+20 100 555 0199',
          digits: '+201005550199',
          source: '来源：x',
          masked: false,
        }}
        rows={[{ key: 'product', label: '产品', display: product, source: '来源：x', masked: false }]}
        flags={[]}
        attempts={null}
        revealed
        onToggleReveal={() => undefined}
      />,
    );
    const isolated = (el: Element | null) => el?.closest('bdi')?.getAttribute('dir');
    expect(isolated(screen.getByTestId('customer-name').querySelector('bdi'))).toBe('auto');
    const summaryProduct = Array.from(screen.getByTestId('customer-summary').querySelectorAll('bdi')).find(
      (b) => b.textContent === product,
    );
    expect(summaryProduct?.getAttribute('dir')).toBe('auto');
    expect(isolated(document.querySelector('[data-field=product] bdi'))).toBe('auto');
    expect(isolated(screen.getByTestId('customer-phone').querySelector('bdi'))).toBe('auto');
  });

  it('says which number is the mobile, and copies a revealed number as its digits', () => {
    render(
      <CustomerCard
        t={t}
        name="顾美华"
        summary={[]}
        phone={{
          key: 'mobile',
          label: '手机号',
          kind: '手机',
          display: '138 1326 4490',
          digits: '13813264490',
          source: 's',
          masked: false,
        }}
        otherPhone={{
          key: 'phone',
          label: '电话',
          kind: '住宅',
          display: '0512-6758 3321',
          digits: '051267583321',
          source: 's',
          masked: false,
        }}
        rows={[]}
        flags={[]}
        attempts={null}
        revealed
        onToggleReveal={() => undefined}
      />,
    );
    expect(document.querySelector('.phone-line')?.textContent).toContain('手机 138 1326 4490住宅 0512-6758 3321');
    const copied: string[] = [];
    const clipboardData = { setData: (_type: string, text: string) => copied.push(text) };
    const landline = screen.getByTestId('customer-landline');
    document.getSelection()?.selectAllChildren(landline);
    fireEvent.copy(landline, { clipboardData });
    expect(copied).toEqual(['051267583321']);
    // A selection of more than the number copies as selected.
    document.getSelection()?.selectAllChildren(document.querySelector('.phone-line') as Element);
    fireEvent.copy(landline, { clipboardData });
    expect(copied).toEqual(['051267583321']);
  });
});
