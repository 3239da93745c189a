/**
 * Decodes the body of a JS string literal, template quasi or JSON string, keeping for every
 * decoded UTF-16 unit the offset of the source character it came from. Embedded code is parsed
 * from the decoded text; the map turns positions in it back into positions in the file.
 */
export interface Decoded {
  text: string;
  /** `offsets[i]` = source offset of decoded unit `i`; `offsets[text.length]` = end. */
  offsets: number[];
}

const SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

export function decodeEscapes(raw: string, base: number): Decoded {
  let text = '';
  const offsets: number[] = [];
  const push = (s: string, at: number): void => {
    text += s;
    for (let k = 0; k < s.length; k++) offsets.push(at);
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch !== '\\' || i + 1 >= raw.length) {
      push(ch, base + i);
      i++;
      continue;
    }
    const next = raw[i + 1]!;
    const at = base + i;
    if (next === 'u') {
      let hex: string;
      let len: number;
      if (raw[i + 2] === '{') {
        const close = raw.indexOf('}', i + 3);
        hex = close < 0 ? '' : raw.slice(i + 3, close);
        len = close < 0 ? 2 : close - i + 1;
      } else {
        hex = raw.slice(i + 2, i + 6);
        len = 6;
      }
      const code = /^[0-9a-f]{1,6}$/iu.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
      push(Number.isNaN(code) || code > 0x10ffff ? next : String.fromCodePoint(code), at);
      i += Number.isNaN(code) ? 2 : len;
    } else if (next === 'x') {
      const code = Number.parseInt(raw.slice(i + 2, i + 4), 16);
      push(Number.isNaN(code) ? next : String.fromCharCode(code), at);
      i += Number.isNaN(code) ? 2 : 4;
    } else if (next === '\r' || next === '\n' || next === '\u2028' || next === '\u2029') {
      // Line continuation: produces nothing.
      i += next === '\r' && raw[i + 2] === '\n' ? 3 : 2;
    } else {
      push(SIMPLE[next] ?? next, at);
      i += 2;
    }
  }
  offsets.push(base + raw.length);
  return { text, offsets };
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/u;

/**
 * What `atob(text)` returns (each byte as one character), or undefined where `atob` would throw:
 * text kept in base64 to hide a pixel (`s.src = atob('aHR0cHM6Ly9…')`) is read decoded.
 */
export function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/[\t\n\f\r ]+/gu, '');
  if (!BASE64.test(compact) || compact.length % 4 === 1) return undefined;
  return Buffer.from(compact, 'base64').toString('latin1');
}
