import { callbackKinds, type CallbackKind } from '@/utils/core/callback-kind-list';
import { groupKinds, industryLabels, type Industry } from '@/utils/core/kind-groups';
import { kindRules } from '@/utils/core/rules/kind-rules';
import type { Locale } from '@/utils/core/script/localized';

/** The callback kinds grouped by industry, the agent's own first (issue #12: a flat list of 18 kinds from five industries). */
export function KindSelect({
  value,
  locale,
  industry,
  onChange,
  placeholder,
  testId,
  label,
}: {
  value: CallbackKind | null;
  locale: Locale;
  industry: Industry | null;
  onChange: (kind: CallbackKind) => void;
  placeholder?: string;
  testId?: string;
  label: string;
}) {
  return (
    <select
      aria-label={label}
      data-testid={testId}
      value={value ?? ''}
      onChange={(e) => {
        const kind = callbackKinds.find((k) => k === e.currentTarget.value);
        if (kind) onChange(kind);
      }}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {groupKinds(industry).map((group) => (
        <optgroup key={group.industry} label={industryLabels[group.industry][locale]}>
          {group.kinds.map((kind) => (
            <option key={`${group.industry}-${kind}`} value={kind}>
              {kindRules[kind].label[locale]}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
