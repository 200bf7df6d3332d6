import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

const TABS = ['Answer', 'Inspector'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Answer | Inspector" tabs beside a pane's result (WAI-ARIA tabs: arrow keys, Home and End move
 * between tabs). The answer stays mounted while hidden, so its scroll position survives; the
 * Inspector is rendered only while shown.
 */
export function ResultTabs({ answer, inspector }: { answer: ReactNode; inspector: () => ReactNode }) {
  const [tab, setTab] = useState<Tab>('Answer');
  const id = useId();
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const select = (next: Tab): void => {
    setTab(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = TABS.indexOf(tab);
    const target = { ArrowRight: TABS[(at + 1) % TABS.length], ArrowLeft: TABS[(at + TABS.length - 1) % TABS.length], Home: TABS[0], End: TABS[TABS.length - 1] }[event.key];
    if (!target) return;
    event.preventDefault();
    select(target);
  };
  return (
    <div className="result-area">
      <div role="tablist" aria-label="Result view" className="result-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              refs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${name}-tab`}
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-Answer-panel`} aria-labelledby={`${id}-Answer-tab`} className="result-panel" hidden={tab !== 'Answer'}>
        {answer}
      </div>
      {tab === 'Inspector' && (
        <div role="tabpanel" id={`${id}-Inspector-panel`} aria-labelledby={`${id}-Inspector-tab`} className="result-panel" tabIndex={0}>
          {inspector()}
        </div>
      )}
    </div>
  );
}
