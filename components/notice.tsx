export type NoticeAction = { label: string; testId?: string; onClick: () => void };

/** A banner that asks the agent something (customer switched, draft found); never decides for them. */
export function Notice({
  text,
  actions,
  tone = 'info',
}: {
  text: string;
  actions: NoticeAction[];
  tone?: 'info' | 'warn';
}) {
  return (
    <div class={`notice notice-${tone}`} role="alertdialog" aria-label={text}>
      <p>{text}</p>
      <div class="notice-actions">
        {actions.map((a) => (
          <button type="button" key={a.label} data-testid={a.testId} onClick={a.onClick}>
            {a.label}
          </button>
        ))}
      </div>
    </div>
  );
}
