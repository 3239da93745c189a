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

/** Every TEMPLATE-ish string value under a parameter, depth first. */
export function* templateStrings(p: Param): Generator<Param> {
  if (p.value !== undefined && p.value !== '') yield p;
  for (const child of p.list ?? []) yield* templateStrings(child);
  for (const child of p.map ?? []) yield* templateStrings(child);
}

/** `{{Name}}` references in a template string, with their offsets. */
export const MACRO_PATTERN = /\{\{\s*([^{}]+?)\s*\}\}/gu;

export function macroNames(text: string): string[] {
  if (!text.includes('{{')) return [];
  return [...text.matchAll(MACRO_PATTERN)].map((m) => m[1]!);
}

/** When the whole string is exactly one macro, its name. */
export function soleMacro(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^\s*\{\{\s*([^{}]+?)\s*\}\}\s*$/u.exec(text);
  return m?.[1];
}
