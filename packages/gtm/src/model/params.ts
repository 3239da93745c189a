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

/** Calls `fn` for every parameter under `p` (itself included) whose value holds a `{{macro}}`. */
export function forEachMacroString(p: Param, fn: (p: Param) => void): void {
  if (p.value !== undefined && p.value.includes('{{')) fn(p);
  if (p.list) for (const child of p.list) forEachMacroString(child, fn);
  if (p.map) for (const child of p.map) forEachMacroString(child, fn);
}

/** `{{Name}}` references in a template string; the name is `m[1].trim()` (see `macroName`). Linear time. */
export const MACRO_PATTERN = /\{\{([^{}]+)\}\}/gu;

/** The variable name of a `MACRO_PATTERN` match, as GTM resolves it (surrounding spaces ignored). */
export const macroName = (m: RegExpMatchArray): string => m[1]!.trim();

export function macroNames(text: string): string[] {
  if (!text.includes('{{')) return [];
  return [...text.matchAll(MACRO_PATTERN)].map(macroName);
}

/** When the whole string is exactly one macro, its name. */
export function soleMacro(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (!t.startsWith('{{') || !t.endsWith('}}')) return undefined;
  const inner = t.slice(2, -2);
  return inner.includes('{') || inner.includes('}') || !inner.trim() ? undefined : inner.trim();
}
