import { useEffect } from 'react';

/** Each screen names itself: the tab/window title and what a screen reader announces first. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
