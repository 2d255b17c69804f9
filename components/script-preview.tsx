import type { FlowNode } from '@/utils/core/script/flow';
import type { ScriptPreview } from '@/utils/core/script/preview';
import type { Translate } from '@/utils/ui/i18n';

/** A script read on one customer: whether and why it applies, the gaps, every step as the agent would read it. */
export function ScriptPreviewView({ preview, t }: { preview: ScriptPreview; t: Translate }) {
  return (
    <div data-testid="script-preview">
      <p class={preview.applies.applies ? 'ok' : 'warning'}>
        {preview.applies.applies ? t('previewApplies') : t('previewNotApplies')}
      </p>
      <ul>
        {preview.applies.reasons.map((r, i) => (
          <li key={i}>
            {r.matched ? '✓' : '✗'} {r.text}
          </li>
        ))}
      </ul>
      <p>{preview.gaps.length > 0 ? t('previewGaps', { fields: preview.gaps.join('、') }) : t('previewNoGaps')}</p>
      <ol class="preview-steps">
        {preview.steps.map((step) => (
          <li key={step.id}>
            <code>{step.id}</code>{' '}
            {step.segments.map((seg, i) =>
              seg.kind === 'gap' ? (
                <mark key={i} class="gap">
                  {seg.text}
                </mark>
              ) : seg.kind === 'value' ? (
                <strong key={i}>{seg.text}</strong>
              ) : (
                <span key={i}>{seg.text}</span>
              ),
            )}
            {step.note && <small> — {step.note.map((seg) => seg.text).join('')}</small>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The steps and their branches, in file order, with their depth from the start; broken steps marked. */
export function ScriptFlowView({ flow, t }: { flow: FlowNode[]; t: Translate }) {
  return (
    <ol class="script-flow" data-testid="script-flow">
      {flow.map((node) => (
        <li key={node.id} class={node.unreachable || node.deadEnd ? 'warning' : ''}>
          <span style={{ paddingInlineStart: `${(node.depth ?? 0) * 0.75}em` }}>
            <code>{node.id}</code> {node.text}
          </span>
          {node.unreachable && <strong> ⚠ {t('flowUnreachable')}</strong>}
          {node.deadEnd && <strong> ⚠ {t('flowDeadEnd')}</strong>}
          <ul>
            {node.edges.map((edge, i) => (
              <li key={i}>
                {edge.when} →{' '}
                {edge.to !== null ? <code>{edge.to}</code> : t('flowEnds', { outcome: edge.outcome ?? '' })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
