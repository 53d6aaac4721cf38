import { useEffect, useRef } from 'react';

/**
 * A single-page app does not tell screen readers that a new page has loaded, so after each in-app
 * navigation focus moves to the new page's <h1>. The first page load is left alone: there the browser
 * already starts at the top of the document.
 */
export function useFocusHeadingOnRouteChange(pathname: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLHeadingElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [pathname]);
}
