import { stripControlChars } from '@/utils/ui/mask';

/** Text from a CRM page: control characters removed, direction isolated, always a text node. */
export function SafeText({ value, class: className }: { value: string; class?: string }) {
  return <bdi class={className}>{stripControlChars(value)}</bdi>;
}
