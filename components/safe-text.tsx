import { stripControlChars } from '@/utils/ui/mask';

/**
 * Text from a CRM page: control characters removed, always a text node, its direction isolated and taken from its
 * own first strong letter (dir="auto"), so an Arabic or Hebrew value keeps its order in the left-to-right panel.
 */
export function SafeText({ value, class: className }: { value: string; class?: string }) {
  return (
    <bdi class={className} dir="auto">
      {stripControlChars(value)}
    </bdi>
  );
}
