/**
 * GTM `{{Variable Name}}` macros are replaced by same-length placeholder identifiers so the
 * JavaScript around them parses (`phone_number: {{DLV - phone}}`) and offsets stay put.
 * A placeholder is `$$` + base-36 index, padded with `_`: `{{Page Path}}` → `$$0__________`.
 */
const MACRO = /\{\{([^{}]{1,200}?)\}\}/gu;
const PLACEHOLDER = /\$\$([0-9a-z]+)_*/gu;

export interface MacroText {
  text: string;
  /** `names[i]` is the variable name behind placeholder `i` (trimmed, as GTM resolves it). */
  names: string[];
}

export function replaceMacros(text: string): MacroText {
  const names: string[] = [];
  const out = text.replace(MACRO, (whole, name: string) => {
    const id = `$$${names.length.toString(36)}`;
    if (id.length > whole.length) return whole; // cannot happen below 36^3 macros of length ≥ 5
    names.push(name.trim());
    return id.padEnd(whole.length, '_');
  });
  return { text: out, names };
}

/** Placeholders found in a string, with their macro index and span. */
export function findPlaceholders(text: string): Array<{ index: number; start: number; end: number }> {
  const found: Array<{ index: number; start: number; end: number }> = [];
  if (!text.includes('$$')) return found;
  for (const m of text.matchAll(PLACEHOLDER)) {
    found.push({ index: Number.parseInt(m[1]!, 36), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** True when the whole identifier is a placeholder. */
export function placeholderIndex(name: string): number | undefined {
  const m = /^\$\$([0-9a-z]+)_*$/u.exec(name);
  return m ? Number.parseInt(m[1]!, 36) : undefined;
}
