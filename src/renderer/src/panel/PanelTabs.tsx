import { useRef, type KeyboardEvent } from 'react';

export interface PanelTab<Id extends string> {
  id: Id;
  label: string;
}

interface PanelTabsProps<Id extends string> {
  tabs: readonly PanelTab<Id>[];
  selected: Id;
  onSelect(id: Id): void;
  /** Ids of the tab and its panel, so each names the other. */
  tabId(id: Id): string;
  panelId(id: Id): string;
}

/** A tablist as ARIA describes it: arrows, Home and End move between tabs and show them. */
export function PanelTabs<Id extends string>(props: PanelTabsProps<Id>) {
  const { tabs, selected, onSelect, tabId, panelId } = props;
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next.id))}`)?.focus();
  };

  return (
    <div
      className="panel-tabs"
      role="tablist"
      aria-label="Side panel"
      ref={listRef}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          className="panel-tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
