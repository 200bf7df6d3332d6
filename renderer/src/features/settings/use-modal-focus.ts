import { useEffect, type KeyboardEvent as ReactKeyboardEvent, type RefObject, type SyntheticEvent } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What Tab can reach in `container`, in order (not tabindex="-1" ones, such as the textarea Monaco keeps for IME input). */
export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0);
}

/**
 * Opens a <dialog> as a modal while mounted, puts focus on its `[data-autofocus]`
 * element, keeps Tab inside it (showModal makes the page inert, but Tab would
 * still wander to the browser's own controls), and on unmount gives focus back
 * to where it was before, or to `fallback` when that element is gone.
 */
export function useModalFocus(dialogRef: RefObject<HTMLDialogElement | null>, fallback: () => HTMLElement | null): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusableIn(dialog)[0])?.focus();

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return;
      const focusable = focusableIn(dialog);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      const active = document.activeElement;
      const outside = !(active instanceof Node) || !dialog.contains(active) || active === dialog;
      if (outside || (event.shiftKey && active === first) || (!event.shiftKey && active === last)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (dialog.open) dialog.close();
      const target = previous?.isConnected ? previous : fallback();
      target?.focus();
    };
  }, [dialogRef, fallback]);
}

/**
 * Handlers that make Esc close a dialog, and only the dialog: the key goes no further (the app's
 * Esc-stops-a-run shortcut also checks that no dialog is open), and the browser's own cancel is
 * turned into the same close, so the dialog is closed by unmounting it, never behind React's back.
 */
export function escapeCloses(close: () => void): { onKeyDown(event: ReactKeyboardEvent<HTMLDialogElement>): void; onCancel(event: SyntheticEvent<HTMLDialogElement>): void } {
  return {
    onKeyDown: (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    },
    onCancel: (event) => {
      event.preventDefault();
      close();
    },
  };
}
