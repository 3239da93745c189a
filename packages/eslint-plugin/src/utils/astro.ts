import { readFileSync } from 'node:fs';
import { moduleExports, type ModuleReader, type Value } from '@phiguard/core';

/**
 * What eslint-plugin-astro's processor writes above a `<script define:vars={{ … }}>` it lints as a
 * file of its own: the names the component hands the script, one a line.
 */
const DEFINE_VARS_HEAD = /^\/\* global\n([\s\S]*?)-- define:vars \*\/\n/u;
/** The import source the names are read from: no module can be named so. */
const DEFINE_VARS = '\0astro:define:vars';
/** The component's frontmatter, between the `---` fences at its top. */
const FRONTMATTER = /^\s*---\r?\n([\s\S]*?)\r?\n---/u;
const HELD = '__phiguardDefineVars';

/**
 * The module reader for a script an Astro component hands values with `define:vars`
 * (`<script define:vars={{ event }}>fbq('trackCustom', event)</script>`): each name is read, as an
 * auto-import is, from the object the component writes, in its frontmatter's scope (its constants and
 * imports). Other files get `reader` back unchanged.
 */
export function withDefineVars(reader: ModuleReader | undefined, physical: string, text: string, virtual: string): ModuleReader | undefined {
  const head = DEFINE_VARS_HEAD.exec(text);
  if (!reader || !head || !/\.astro$/iu.test(physical)) return reader;
  const names = head[1]!.split('\n').filter(Boolean);
  // ESLint names a processor's block by its place (`page.astro/2_7.js`: the second script).
  const block = /[\\/](\d+)_[^\\/]*$/u.exec(virtual);
  let values: ReadonlyMap<string, Value> | undefined;
  let auto: ReadonlyMap<string, string> | undefined;
  return {
    ...reader,
    autoImports: () => (auto ??= new Map([...(reader.autoImports?.() ?? []), ...names.map((name) => [name, DEFINE_VARS] as const)])),
    value: (source, name) =>
      source === DEFINE_VARS ? (values ??= definedVars(physical, text.slice(head[0].length), block ? Number(block[1]) - 1 : -1, reader)).get(name) : reader.value(source, name),
  };
}

/**
 * The values of the `define:vars` object of the component's script whose code is `body`: the
 * `index`th script the processor lints, when its code is that (two scripts may have the same code
 * and different objects), else the first script with that code.
 */
function definedVars(physical: string, body: string, index: number, reader: ModuleReader): ReadonlyMap<string, Value> {
  let component: string;
  try {
    component = readFileSync(physical, 'utf8');
  } catch {
    return new Map();
  }
  const frontmatter = FRONTMATTER.exec(component);
  const code = squeeze(body);
  const all = scripts(component, frontmatter ? frontmatter.index + frontmatter[0].length : 0);
  const at = all[index];
  const object = (at && squeeze(at.body) === code ? at : all.find((s) => squeeze(s.body) === code))?.vars;
  if (object === undefined) return new Map();
  // The frontmatter is TypeScript, and may `return` (`Astro.redirect`): read leniently, as a module.
  const held = moduleExports(`${frontmatter?.[1] ?? ''}\n;export const ${HELD} = (${object});\n`, `${physical}.ts`, reader).value(HELD);
  const out = new Map<string, Value>();
  if (held?.kind === 'obj') for (const p of held.props) if (p.key !== undefined && !p.spread) out.set(p.key, p.value);
  return out;
}

/** Code compared without its white space: the processor re-indents the script. */
function squeeze(code: string): string {
  return code.replace(/\s+/gu, '');
}

/**
 * The component's scripts as eslint-plugin-astro's processor lints them, in order: each `<script>`
 * of the markup (after the frontmatter, outside comments) with code, but JSON and import maps; with
 * its `define:vars` object (without its outer braces), when it has one.
 */
function scripts(component: string, from: number): { vars?: string; body: string }[] {
  const out: { vars?: string; body: string }[] = [];
  const lower = component.toLowerCase();
  const open = /<!--|<script\b/giu;
  open.lastIndex = from;
  for (let m = open.exec(component); m; m = open.exec(component)) {
    if (m[0] === '<!--') {
      const end = component.indexOf('-->', m.index + 4);
      open.lastIndex = end < 0 ? component.length : end + 3;
      continue;
    }
    let vars: string | undefined;
    let k = m.index + m[0].length;
    // The tag's attributes: an expression (`{…}`) or a quoted value may hold `>`.
    while (k < component.length && component[k] !== '>') {
      const ch = component[k]!;
      if (ch === '{') {
        const end = closing(component, k);
        if (/define:vars\s*=\s*$/u.test(component.slice(Math.max(0, k - 24), k))) vars = component.slice(k + 1, end - 1);
        k = end;
      } else if (ch === '"' || ch === "'") {
        const end = component.indexOf(ch, k + 1);
        k = end < 0 ? component.length : end + 1;
      } else k++;
    }
    const close = lower.indexOf('</script', k);
    const body = close > k ? component.slice(k + 1, close) : '';
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/iu.exec(component.slice(m.index, k))?.[1] ?? '';
    if (body.trim() !== '' && !/json$|importmap/iu.test(type)) out.push({ vars, body });
    open.lastIndex = Math.max(close > k ? close : k, open.lastIndex);
  }
  return out;
}

/** The offset after the brace that closes the one at `from`, skipping strings and template literals. */
function closing(text: string, from: number): number {
  let depth = 0;
  for (let k = from; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      k++;
      while (k < text.length && text[k] !== ch) k += text[k] === '\\' ? 2 : 1;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return k + 1;
  }
  return text.length;
}
