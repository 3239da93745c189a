import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import { htmlParser } from './html-parser.js';
import { rules } from './rules/index.js';
import type { PhiguardDocs } from './utils/create-rule.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type ConfigName = 'recommended' | 'strict' | 'all' | 'html';

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'phiguard' },
  rules: rules as unknown as Record<string, Rule.RuleModule>,
  configs: {} as Record<ConfigName, Linter.Config>,
} satisfies ESLint.Plugin;

/** Configs are computed from rule metadata, so a rule's docs and its config entry never disagree. */
function config(name: Exclude<ConfigName, 'html'>): Linter.Config {
  const entries = Object.entries(rules).flatMap(([id, rule]): Array<[string, Linter.RuleEntry]> => {
    const docs = rule.meta.docs as PhiguardDocs;
    if (name === 'all') return [[`phiguard/${id}`, 'error']];
    if (name === 'strict') return [[`phiguard/${id}`, docs.strictOptions ? ['error', docs.strictOptions] : 'error']];
    return docs.recommended ? [[`phiguard/${id}`, docs.recommended]] : [];
  });
  return {
    name: `phiguard/${name}`,
    plugins: {
      get phiguard(): ESLint.Plugin {
        return plugin;
      },
    },
    rules: Object.fromEntries(entries),
  };
}

plugin.configs.recommended = config('recommended');
plugin.configs.strict = config('strict');
plugin.configs.all = config('all');
/**
 * HTML pages (static sites, landing pages) and server templates that write them (PHP, ERB, EJS,
 * Jinja, Django, Twig, Liquid, Nunjucks, Handlebars, Mustache): read by phiguard's HTML parser,
 * with the recommended rules.
 */
plugin.configs.html = {
  ...config('recommended'),
  name: 'phiguard/html',
  files: ['**/*.{html,htm}', '**/*.{php,phtml,erb,ejs,jinja,jinja2,j2,twig,liquid,njk,hbs,handlebars,mustache}'],
  languageOptions: { parser: htmlParser },
};

export default plugin;
export { htmlParser };
export { plugin as 'module.exports' };
