export type TabView<Id extends string> = { id: Id; label: string; testId?: string };

export type TabBarProps<Id extends string> = {
  tabs: TabView<Id>[];
  active: Id;
  onSelect: (id: Id) => void;
  label: string;
};

/** ARIA tabs; arrow keys move between them. */
export function TabBar<Id extends string>({ tabs, active, onSelect, label }: TabBarProps<Id>) {
  const move = (delta: number) => {
    const i = tabs.findIndex((tab) => tab.id === active);
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    if (next) onSelect(next.id);
  };
  return (
    <div role="tablist" aria-label={label} class="tabs">
      {tabs.map((tab) => (
        <button
          type="button"
          role="tab"
          key={tab.id}
          id={`tab-${tab.id}`}
          data-testid={tab.testId}
          aria-selected={tab.id === active}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(1);
            else if (e.key === 'ArrowLeft') move(-1);
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
