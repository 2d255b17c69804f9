import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { describeFlow, type FlowNode } from '@/utils/core/script/flow';
import type { Locale } from '@/utils/core/script/localized';
import { previewScript, type ScriptPreview } from '@/utils/core/script/preview';
import type { Script } from '@/utils/core/script/schema';
import { z } from '@/utils/core/zod';

/** A customer to preview on before any page is open: the worked example's (docs/examples/loan-welcome-context.json). */
export const sampleCustomer: Record<string, string> = {
  name: '李伟',
  gender: 'male',
  mobile: '13812345678',
  product: '安心车贷 36 期',
  signDate: '2026-11-20',
  loanAmount: '150,000',
  companyName: '华信消费金融',
  servicePhone: '95500',
  agentName: '王芳',
};

const customerValuesSchema = z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(4000)));

export type AuthoringView = { preview: ScriptPreview; flow: FlowNode[] } | { error: 'bad-sample' };

/** What the options page shows under a clean script: the preview on the customer values given and the flow. */
export function viewAuthoring(script: Script, customerJson: string, locale: Locale, nowMs: number): AuthoringView {
  let parsed: unknown;
  try {
    parsed = JSON.parse(customerJson);
  } catch {
    return { error: 'bad-sample' };
  }
  const values = customerValuesSchema.safeParse(parsed);
  if (!values.success) return { error: 'bad-sample' };
  const today = toZonedDate(nowMs);
  return {
    preview: previewScript(script, { context: values.data, today, calendar: createWorkingCalendar(), locale }),
    flow: describeFlow(script, locale),
  };
}
