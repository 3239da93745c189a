/**
 * The page tests of a server template: a block the server prints only on some pages, as
 * WordPress's `<?php if ( is_page( 'psychiatry' ) ) : ?>…<?php endif; ?>`, Liquid's
 * `{% if page.url contains '/therapy' %}…{% endif %}`, Jinja's `{% if request.path.startswith('/hiv') %}`
 * or Twig's `{% if app.request.pathinfo starts with '/ivf' %}`. A tracker call in such a block runs
 * only on those pages, as one behind `if (location.pathname…)` does in a script.
 */
import type { TextTest } from './address.js';

export interface TemplatePageTest {
  /** The address as the template reads it (`page.url`, `is_page()`). */
  subject: string;
  operator: TextTest;
  values: readonly string[];
  /** Where the condition is written. */
  range: [number, number];
  /** The text the block prints while the test holds. */
  from: number;
  to: number;
}

/** Liquid, Jinja, Nunjucks, Django and Twig tags that open, split or close a conditional block. */
const BLOCK_TAG = /\{%-?\s*(if|elsif|elif|else|endif|unless|endunless)\b([^%]*)%\}/gu;
/** ERB tags (`<% if current_page?('/ivf') %>`, `<% end %>`), not comments (`<%#`). */
const ERB_TAG = /<%(?![#%])[-=]?([^%]*(?:%(?!>)[^%]*)*)%>/gu;
/** An ERB line that opens a block `end` closes without being a page test: a loop, `case`, a `do` block. */
const ERB_OPENER = /^(?:case|while|until|for|begin)\b|\bdo(?:\s*\|[^|]*\|)?$/u;
/** PHP tags (`<?php if ( … ) : ?>`, `<?php } else { ?>`, `<?php endif; ?>`). */
const PHP_TAG = /<\?php\b([^?]*(?:\?(?!>)[^?]*)*)\?>/gu;
/** What a template reads of the page's address. */
const TEMPLATE_SUBJECT = /\b(?:page\.(?:url|path|permalink|slug|handle)|request\.(?:path|url|uri|full_path|fullpath|path_info|get_full_path\(\))|app\.request\.(?:pathinfo|pathInfo|uri|requesturi|requestUri)|template(?:\.name)?)(?!\w)/u;
/** WordPress's tests of the page being served, by slug, title or id. */
const WP_TEST = /(!\s*)?\b(is_page|is_single|is_singular|is_category|is_tag|is_page_template)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/u;
const WP_TESTS = new RegExp(WP_TEST.source, 'gu');
const QUOTED_ONE = /(['"])(?:(?!\1)[^\\]|\\.)*\1/u;
/** PHP's tests of the request's address: `strpos($_SERVER['REQUEST_URI'], '/therapy') !== false`, `str_contains(…)`. */
const PHP_URI_TEST = /(!\s*)?\b(strpos|stripos|str_contains|str_starts_with)\s*\(\s*(\$_SERVER\s*\[\s*['"]REQUEST_URI['"]\s*\]|\$[\w>-]+)\s*,\s*(['"])([^'"]*)\4[^()]*\)/u;
/** `preg_match('#^/therapy#', $_SERVER['REQUEST_URI'])`: the pattern first. */
const PHP_PREG_TEST = /(!\s*)?\bpreg_match\s*\(\s*(['"])([^'"]*)\2\s*,\s*(\$_SERVER\s*\[\s*['"]REQUEST_URI['"]\s*\]|\$[\w>-]+)\s*(?:,[^()]*)?\)/u;
/** Rails' test of the page being served: `current_page?('/hiv-testing')`. */
const RAILS_TEST = /(!\s*)?\bcurrent_page\?(?:\s*\(\s*|\s+)(['"])([^'"]*)\2(?:\s*\))?/u;
const QUOTED = /(['"])((?:(?!\1)[^\\]|\\.)*)\1/gu;
const NEGATED = /\bnot\b|!=|!(?!=)/u;

/** A block still open: its test (none for `unless` and `else`), and where the text it prints starts. */
interface Open {
  tests: Array<Omit<TemplatePageTest, 'from' | 'to'>>;
  from: number;
}

/** Each block of `text` that prints only on pages a test names, with that test. */
export function templatePageTests(text: string): TemplatePageTest[] {
  if (!/\{%|<\?php|<%/u.test(text)) return [];
  const found: TemplatePageTest[] = [];
  const stack: Open[] = [];
  const close = (open: Open | undefined, to: number): void => {
    for (const test of open?.tests ?? []) found.push({ ...test, from: open!.from, to });
  };
  const tags: Array<{ at: number; end: number; kind: string; cond: string; condAt: number }> = [];
  for (const m of text.matchAll(BLOCK_TAG)) {
    const cond = m[2]!.replace(/-\s*$/u, '');
    tags.push({ at: m.index, end: m.index + m[0].length, kind: m[1]!, cond, condAt: m.index + m[0].indexOf(m[2]!) });
  }
  for (const m of text.matchAll(PHP_TAG)) {
    const body = m[1]!;
    const trimmed = body.trim();
    const bodyAt = m.index + m[0].indexOf(body);
    const kind = /^\}?\s*(?:elseif|else\s+if)\b/u.test(trimmed) ? 'elsif' : /^\}?\s*else\b/u.test(trimmed) ? 'else' : /^if\b/u.test(trimmed) ? 'if' : /^endif\b/u.test(trimmed) || /^\}\s*;?$/u.test(trimmed) ? 'endif' : undefined;
    if (kind) tags.push({ at: m.index, end: m.index + m[0].length, kind, cond: body, condAt: bodyAt });
  }
  if (text.includes('<%')) {
    for (const m of text.matchAll(ERB_TAG)) {
      const body = m[1]!;
      const trimmed = body.trim();
      const bodyAt = m.index + m[0].indexOf(body);
      const keyword = /^(elsif|else|if|unless|end)\b/u.exec(trimmed)?.[1];
      const kind = keyword === 'end' ? 'endif' : (keyword ?? (ERB_OPENER.test(trimmed.replace(/-$/u, '').trimEnd()) ? 'open' : undefined));
      // The condition after its keyword, as Liquid's and Jinja's tags give it.
      const condAt = keyword ? bodyAt + body.indexOf(keyword) + keyword.length : bodyAt;
      if (kind) tags.push({ at: m.index, end: m.index + m[0].length, kind, cond: text.slice(condAt, bodyAt + body.length).replace(/-\s*$/u, ''), condAt });
    }
  }
  tags.sort((a, b) => a.at - b.at);
  for (const tag of tags) {
    if (tag.kind === 'if' || tag.kind === 'unless' || tag.kind === 'open') {
      stack.push({ tests: tag.kind === 'if' ? pageTests(tag.cond, tag.condAt) : [], from: tag.end });
    } else if (tag.kind === 'endif' || tag.kind === 'endunless') {
      const open = stack.pop();
      close(open, tag.at);
    } else {
      // `elsif`/`elif`/`elseif` tests again; `else` runs where the test failed, off those pages.
      const open = stack.at(-1);
      if (!open) continue;
      close(open, tag.at);
      open.tests = tag.kind === 'else' ? [] : pageTests(tag.cond, tag.condAt);
      open.from = tag.end;
    }
  }
  // A block left open runs to the end of the text.
  for (const open of stack) close(open, text.length);
  return found;
}

/**
 * The page tests of a block's condition: one for each of the tests it joins (`is_page( 'contact' ) ||
 * is_page( 'abortion' )`, `page.url contains '/a' or page.url contains '/b'`), each reported where it is
 * written. The block prints on the pages any of them names (under `and`, on those all of them do);
 * none where it tests no page, or only a page's absence.
 */
function pageTests(cond: string, at: number): Array<Omit<TemplatePageTest, 'from' | 'to'>> {
  // A negated test (`! is_page( 'ivf' )`) names none.
  const wp = [...cond.matchAll(WP_TESTS)];
  if (wp.length) return wp.filter((m) => !m[1] && QUOTED_ONE.test(m[3]!)).map((m) => ({ subject: `${m[2]}()`, operator: 'equals', values: [...m[3]!.matchAll(QUOTED)].map((q) => q[2]!), range: [at + m.index, at + m.index + m[0].length] }));
  const tests: Array<Omit<TemplatePageTest, 'from' | 'to'>> = [];
  let from = 0;
  // Joiners in quoted text (`page.url contains '/drugs and alcohol'`) join nothing.
  const masked = cond.replace(QUOTED, (q) => `'${' '.repeat(q.length - 2)}'`);
  for (const m of [...masked.matchAll(JOINER), undefined]) {
    const to = m ? m.index : cond.length;
    const test = pageTest(cond.slice(from, to), at + from);
    if (test) tests.push(test);
    if (m) from = m.index + m[0].length;
  }
  return tests;
}

/** What joins a condition's tests: `or`, `and`, `||`, `&&`. */
const JOINER = /\s(?:or|and)\s|\|\||&&/gu;

/** The page test of one test of a condition, or undefined when it tests no page (or only its absence). */
function pageTest(cond: string, at: number): Omit<TemplatePageTest, 'from' | 'to'> | undefined {
  const range = (from: number, length: number): [number, number] => [at + from, at + from + length];
  // Rails' `current_page?('/hiv-testing')`.
  const rails = RAILS_TEST.exec(cond);
  if (rails) return rails[1] || NEGATED.test(cond.slice(0, rails.index)) ? undefined : { subject: 'current_page?()', operator: 'equals', values: [rails[3]!], range: range(rails.index, rails[0].length) };
  // `strpos(…) === false` and `preg_match(…) === 0` hold off those pages.
  const off = /(?<!!)===?\s*(?:false|0)\b/u.test(cond);
  const uri = PHP_URI_TEST.exec(cond);
  if (uri) {
    if (uri[1] || off) return undefined;
    return { subject: uri[3]!, operator: uri[2] === 'str_starts_with' ? 'starts with' : 'contains', values: [uri[5]!], range: range(uri.index, uri[0].length) };
  }
  const preg = PHP_PREG_TEST.exec(cond);
  if (preg) {
    if (preg[1] || off) return undefined;
    // The pattern between its delimiters (`#^/therapy#i`).
    const raw = preg[3]!;
    const end = raw.lastIndexOf(raw[0] ?? '');
    return { subject: preg[4]!, operator: 'matches', values: [end > 0 ? raw.slice(1, end) : raw], range: range(preg.index, preg[0].length) };
  }
  const subject = TEMPLATE_SUBJECT.exec(cond);
  if (!subject || NEGATED.test(cond)) return undefined;
  const values = [...cond.matchAll(QUOTED)].map((q) => q[2]!);
  if (!values.length) return undefined;
  const operator: TextTest = /\bstarts?[_ ]?with\b|\bstart_with\?/u.test(cond) ? 'starts with' : /\bends?[_ ]?with\b|\bend_with\?/u.test(cond) ? 'ends with' : /\bcontains\b|\bin\b|\binclude\?/u.test(cond) ? 'contains' : 'equals';
  const first = cond.search(/\S/u);
  return { subject: subject[0], operator, values, range: range(first, cond.trimEnd().length - first) };
}
