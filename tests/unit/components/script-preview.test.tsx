import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/preact';
import { ScriptFlowView, ScriptPreviewView } from '@/components/script-preview';
import { lintScriptJson } from '@/utils/core/script/lint';
import type { Script } from '@/utils/core/script/schema';
import { createTranslate } from '@/utils/ui/i18n';
import { sampleCustomer, viewAuthoring } from '@/utils/ui/script-preview-view';

const script = lintScriptJson(readFileSync('docs/examples/loan-welcome.json', 'utf8')).script as Script;
const now = Date.parse('2026-11-25T02:00:00Z');

describe('the options page preview and flow', () => {
  it('refuses customer values that are not a map of texts', () => {
    expect(viewAuthoring(script, '[1]', 'en', now)).toEqual({ error: 'bad-sample' });
    expect(viewAuthoring(script, '{ "name": ', 'en', now)).toEqual({ error: 'bad-sample' });
  });

  it('shows the sample customer read into every step, gaps marked, and the branches', () => {
    const { loanAmount: _gone, ...rest } = sampleCustomer;
    const view = viewAuthoring(script, JSON.stringify(rest), 'zh-CN', now);
    if ('error' in view) throw new Error('sample refused');
    const t = createTranslate('zh-CN');
    render(
      <>
        <ScriptPreviewView preview={view.preview} t={t} />
        <ScriptFlowView flow={view.flow} t={t} />
      </>,
    );
    expect(screen.getByText('适用于此客户')).toBeTruthy();
    expect(screen.getByText('此客户缺少（将显示为空缺）：贷款金额')).toBeTruthy();
    expect(screen.getByText('【缺：贷款金额】').tagName).toBe('MARK');
    expect(screen.getByTestId('script-flow').textContent).toContain('否 → ask-time');
    expect(screen.getByTestId('script-flow').textContent).toContain('结束：非本人');
  });
});
