import { useEffect } from 'react';

export interface Shortcuts {
  /** Ctrl/Cmd+Enter: the focused pane (or the first). */
  run(): void;
  /** Ctrl/Cmd+Shift+Enter: every pane. */
  runAll(): void;
  stop(): void;
}

/**
 * App-wide keys, caught in the capture phase so they work inside Monaco too:
 * Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter runs all, Esc stops (except inside a panel that Esc
 * closes, such as a citation's source).
 */
export function useShortcuts({ run, runAll, stop }: Shortcuts): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        event.stopPropagation();
        if (event.shiftKey) runAll();
        else run();
      } else if (event.key === 'Escape' && !event.defaultPrevented && !closesOnEscape(event.target)) {
        stop();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [run, runAll, stop]);
}

function closesOnEscape(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-closes-on-escape]') !== null;
}
