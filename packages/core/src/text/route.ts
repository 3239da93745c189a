/**
 * The page a file is, in frameworks whose routes are their files: Next.js's `app/…/page.tsx` and
 * `layout.tsx` and its `pages/` folder, Nuxt's `pages/` components, SvelteKit's `routes/…/+page.svelte`
 * and Astro's `src/pages/`, Remix's, SolidStart's and Qwik City's `routes/` components; and a static site's `.html` pages. A tracker call there runs on that page (its layout's, on every page
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
  if (STATIC_PAGE.test(path)) return staticRoute(path);
  const folder = FOLDER_ROUTE.exec(path);
  const found = folder ?? FILE_ROUTE.exec(path);
  const matched = found?.[1];
  if (matched === undefined) return componentRoute(path);
  // A routes folder sits at the app's root or in `src/`: not in a folder of components, stories or
  // tests (`components/pages/`, `e2e/pages/`), and with no `src/` below it (`packages/app/src/…/page.tsx`).
  if (NOT_ROUTES.test(path.slice(0, found!.index).split('/').at(-1) ?? '')) return undefined;
  const segments = matched.split('/').filter(Boolean);
  if (segments.includes('src')) return undefined;
  if (!folder) {
    // A page file's name is its route: no second dot (`therapy.test.tsx`, `Oncology.stories.tsx`),
    // no capital (`TherapyPage.tsx`, a component of an app that routes in code), no `_app` or `api/`.
    const stem = segments.at(-1)!;
    if (segments[0] === 'api' || segments.some((s) => s.startsWith('_')) || stem.includes('.') || /^[A-Z]/u.test(stem) || /^(?:404|500)$/u.test(stem)) return undefined;
  }
  const named = segments.filter((s) => !/^[([@]|^index$/u.test(s));
  return named.length ? `/${named.join('/')}` : undefined;
}

/**
 * Remix's, SolidStart's and Qwik City's route components: `app/routes/therapy.tsx`, Remix's flat
 * `app/routes/services.ivf.tsx` (dots separate segments) and folder `app/routes/ivf/route.tsx`,
 * `src/routes/psychiatry.tsx`, `src/routes/ivf/index.tsx`. Only components (`.tsx`, `.jsx`): a server's
 * `routes/therapy.ts` is an API handler, not a page. Pathless layouts (`_auth`), `_index`, groups and
 * dynamic segments (`$slug`, `[id]`) name no page.
 */
const ROUTE_COMPONENT = /(?:^|\/)(?:app|src)\/routes\/((?:[^/]+\/)*)([^/]+)\.[jt]sx$/u;
/** A file beside the routes that is no route: tests, stories, type declarations. */
const NOT_ROUTE_PART = /^(?:test|spec|stories|story|e2e|d)$/u;

function componentRoute(path: string): string | undefined {
  const m = ROUTE_COMPONENT.exec(path);
  if (!m) return undefined;
  const parts = m[2]!.split('.');
  if (parts.some((p) => NOT_ROUTE_PART.test(p))) return undefined;
  const segments = [...m[1]!.split('/').filter(Boolean).flatMap((folder) => folder.split('.')), ...parts];
  if (segments.includes('src') || /^[A-Z]/u.test(m[2]!)) return undefined;
  const named = segments.filter((s) => !/^[([@$_]|^(?:index|route|layout)$/u.test(s));
  return named.length ? `/${named.join('/')}` : undefined;
}

/**
 * Whether a page file serves every page below its route: a dynamic segment after the route's last
 * named one (`app/therapy/[slug]/page.tsx`, `pages/therapy/[id].tsx` are every page under `/therapy`).
 */
export function servesPagesBelow(file: string): boolean {
  const segments = file.replaceAll('\\', '/').split('/');
  const last = segments.at(-1)!.replace(/\.[^.]+$/u, '');
  const inner = [...segments.slice(0, -1), ...(/^(?:page|\+page|layout|\+layout|index)$/u.test(last) ? [] : [last])];
  const lastNamed = inner.findLastIndex((s) => !/^[([@]/u.test(s));
  return lastNamed >= 0 && inner.slice(lastNamed + 1).some((s) => s.startsWith('['));
}

/** Whether a route file is a layout (`app/therapy/layout.tsx`, `routes/therapy/+layout.svelte`), which wraps every page below it. */
export function isLayout(file: string): boolean {
  return /(?:^|[\\/])\+?layout\.(?:[cm]?[jt]sx?|svelte)$/u.test(file);
}

/** A static site's page: the file is served at its name (`anxiety.html`). */
const STATIC_PAGE = /\.html?$/iu;

/** Folders a static site is served from: below one, the path is the page's address. */
const WEB_ROOT = /^(?:public|public_html|htdocs|www|static|_site|dist|out)$/u;

/**
 * A static page's route: its path below the site's folder (`public/services/ivf.html` →
 * `/services/ivf.html`, `public/ivf/index.html` → `/ivf`), or else its file name (`/anxiety.html`),
 * since where the site's root is is not known. Then `index.html` names no page (its folder may be
 * the repository's). Nor does a name with a second dot (`therapy.ts.html`, a coverage report) or a
 * page in a folder of tests, fixtures or dependencies.
 */
function staticRoute(path: string): string | undefined {
  const folders = path.split('/');
  const name = folders.pop()!;
  const stem = name.slice(0, name.lastIndexOf('.'));
  if (stem === '' || stem.includes('.') || stem.startsWith('_')) return undefined;
  if (folders.some((f) => NOT_ROUTES.test(f) || f === 'node_modules' || f === 'coverage')) return undefined;
  const root = folders.findLastIndex((f) => WEB_ROOT.test(f));
  const below = root < 0 ? [] : folders.slice(root + 1);
  if (/^index$/iu.test(stem)) return below.length ? `/${below.join('/')}` : undefined;
  return `/${[...below, name].join('/')}`;
}

/** Folders whose files are never routes, however they are named: components, stories, tests and their fixtures. */
const NOT_ROUTES = /^(?:components?|stories|storybook|\.storybook|e2e|tests?|__tests__|__mocks__|mocks|fixtures|cypress|playwright|spec|specs)$/u;
