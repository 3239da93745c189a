/**
 * The page a file is, in frameworks whose routes are their files: Next.js's `app/…/page.tsx` and
 * `layout.tsx` and its `pages/` folder, Nuxt's `pages/` components, SvelteKit's `routes/…/+page.svelte`
 * and Astro's `src/pages/`. A tracker call there runs on that page (its layout's, on every page
 * below it), so a route that names a health term is a health page.
 */

/** Next.js's App Router and SvelteKit: the folders between `app/` or `routes/` and the page or layout file. */
const FOLDER_ROUTE = /(?:^|\/)(?:app|routes)\/((?:[^/]+\/)*)(?:page|layout|\+page|\+layout)\.(?:[cm]?[jt]sx?|svelte)$/u;
/** Next.js's `pages/`, Nuxt's and Astro's: the file is the page (`pages/services/therapy.tsx`). */
const FILE_ROUTE = /(?:^|\/)pages\/((?:[^/]+\/)*[^/]+)\.(?:[cm]?[jt]sx?|vue|astro|mdx?)$/u;

/**
 * The route of a page file (`/services/therapy`), or undefined when the file is no page. Route
 * groups (`(marketing)`), parallel routes (`@modal`), dynamic segments (`[slug]`) and `index` name no
 * page; Next.js's `_app`, `_document`, error pages and `pages/api` are not pages.
 */
export function pageRoute(file: string): string | undefined {
  const path = file.replaceAll('\\', '/');
  const folder = FOLDER_ROUTE.exec(path);
  const matched = folder ? folder[1]! : FILE_ROUTE.exec(path)?.[1];
  if (matched === undefined) return undefined;
  const segments = matched.split('/').filter(Boolean);
  if (!folder && (segments[0] === 'api' || segments.some((s) => s.startsWith('_')) || /^(?:404|500|_error)$/u.test(segments.at(-1)!))) return undefined;
  const named = segments.filter((s) => !/^[([@]|^index$/u.test(s));
  return named.length ? `/${named.join('/')}` : undefined;
}
