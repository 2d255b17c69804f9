import type { CustomerContext } from '../schemas/customer-context';
import type { BuiltinFieldKey } from './field-labels';

/**
 * The flat values placeholders and conditions read: the page's standard fields, its extra fields (for a script's
 * customFields) and the built-ins the panel knows (agent, company, service phone, today). Standard fields win over
 * extras of the same name; built-ins win over both, since the page cannot know who the agent is.
 */
export function toContextValues(
  context: Pick<CustomerContext, 'fields' | 'extra'> | null,
  builtins: Partial<Record<BuiltinFieldKey, string>> = {},
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, field] of Object.entries(context?.extra ?? {})) values[key] = field.value;
  for (const [key, field] of Object.entries(context?.fields ?? {})) if (field) values[key] = field.value;
  for (const [key, value] of Object.entries(builtins)) if (value !== undefined) values[key] = value;
  return values;
}
