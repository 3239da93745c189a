import type { Param } from './types.js';

/** Top-level parameter by key (the last one wins, as in GTM). */
export function param(params: readonly Param[], key: string): Param | undefined {
  for (let i = params.length - 1; i >= 0; i--) if (params[i]!.key === key) return params[i];
  return undefined;
}

export function paramValue(params: readonly Param[], key: string): string | undefined {
  return param(params, key)?.value;
}

/** Rows of a table parameter (LIST of MAP) as key → child parameter maps. */
export function tableRows(table: Param | undefined): Array<Map<string, Param>> {
  if (!table?.list) return [];
  return table.list.map((row) => new Map((row.map ?? []).filter((c) => c.key !== undefined).map((c) => [c.key!, c])));
}

/** `{{Name}}` references in a template string; the name is `m[1].trim()` (see `macroName`). Linear time. */
export const MACRO_PATTERN = /\{\{([^{}]+)\}\}/gu;

/** The variable name of a `MACRO_PATTERN` match, as GTM resolves it (surrounding spaces ignored). */
export const macroName = (m: RegExpMatchArray): string => m[1]!.trim();

/** The names `MACRO_PATTERN` finds, without a regex (this runs for every string that holds a macro). */
export function macroNames(text: string): string[] {
  const names: string[] = [];
  for (let open = text.indexOf('{{'); open >= 0; ) {
    let i = open + 2;
    for (let c = text.charCodeAt(i); i < text.length && c !== 0x7b && c !== 0x7d; c = text.charCodeAt(++i));
    if (i > open + 2 && text.startsWith('}}', i)) {
      names.push(text.slice(open + 2, i).trim());
      open = text.indexOf('{{', i + 2);
    } else {
      open = text.indexOf('{{', open + 1);
    }
  }
  return names;
}

/** When the whole string is exactly one macro, its name. */
export function soleMacro(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (!t.startsWith('{{') || !t.endsWith('}}')) return undefined;
  const inner = t.slice(2, -2);
  return inner.includes('{') || inner.includes('}') || !inner.trim() ? undefined : inner.trim();
}
