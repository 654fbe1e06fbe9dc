// Where the app's files are served (`/admin/` under the intake). Every address the app uses is relative
// to it, so nothing names a host, and the API is the folder beside it (`/api/`).

let root = new URL('/admin/', globalThis.location?.href ?? 'http://localhost/');

/** Set once by the entry module from its own address. */
export function setAppRoot(url: URL): void {
  root = url;
}

/** The app's own folder, ending in a slash. */
export function appRoot(): URL {
  return root;
}

/** An address of the intake's API, e.g. `apiUrl('requests')`. */
export function apiUrl(path: string, query?: URLSearchParams): URL {
  const url = new URL(`../api/${path}`, root);
  if (query && [...query.keys()].length > 0) url.search = query.toString();
  return url;
}
