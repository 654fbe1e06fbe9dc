// Client-side routes under the app's root: `` (list), `requests/<id>` (case), `overzicht` (dashboard),
// `sign-in`. The list's filters live in the query string, so a link to a filtered list can be shared.
import { appRoot } from './app-root.js';

export type Route =
  | { view: 'list'; query: URLSearchParams }
  | { view: 'case'; id: string }
  | { view: 'dashboard'; query: URLSearchParams }
  | { view: 'sign-in'; next: string | null }
  | { view: 'not-found' };

/** The route of an address, or `not-found` outside the app. */
export function routeOf(url: URL): Route {
  const root = appRoot().pathname;
  const base = root.replace(/\/$/, '');
  if (url.pathname === base) return { view: 'list', query: url.searchParams };
  if (!url.pathname.startsWith(root)) return { view: 'not-found' };
  const rest = url.pathname.slice(root.length).replace(/\/$/, '');
  if (rest === '' || rest === 'index.html') return { view: 'list', query: url.searchParams };
  if (rest === 'overzicht') return { view: 'dashboard', query: url.searchParams };
  if (rest === 'sign-in') return { view: 'sign-in', next: safeNext(url.searchParams.get('next')) };
  const match = /^requests\/([^/]+)$/.exec(rest);
  if (match?.[1]) return { view: 'case', id: decodeURIComponent(match[1]) };
  return { view: 'not-found' };
}

/** Only a path inside the app may be the page to return to after signing in. */
function safeNext(next: string | null): string | null {
  if (!next) return null;
  try {
    const url = new URL(next, appRoot());
    return url.origin === appRoot().origin && url.pathname.startsWith(appRoot().pathname) ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

/** The address of a route, for links: `href('requests/abc')`, `href('', query)`. */
export function href(path: string, query?: URLSearchParams): string {
  const url = new URL(path, appRoot());
  if (query) url.search = query.toString();
  return url.pathname + url.search;
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Moves to another address of the app without a page load (`replace` for filter changes). */
export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

/** Follows back/forward and `navigate`; returns the function that stops following. */
export function onNavigate(listener: Listener): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * Turns clicks on the app's own links (also inside shadow roots) into `navigate`, so links stay real
 * links (open in a new tab, copy address) and moving between views keeps the session's state.
 */
export function interceptLinks(host: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // HTML links, and the map's SVG links (whose `href` is an animated string).
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement | SVGAElement => node instanceof HTMLAnchorElement || node instanceof SVGAElement);
    if (!anchor || anchor.getAttribute('target') || anchor.hasAttribute('download')) return;
    const url = new URL(anchor instanceof SVGAElement ? anchor.href.baseVal : anchor.href, location.href);
    if (url.origin !== location.origin || routeOf(url).view === 'not-found') return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  };
  host.addEventListener('click', onClick);
  return () => host.removeEventListener('click', onClick);
}
