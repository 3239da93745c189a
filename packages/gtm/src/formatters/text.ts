import { getVendor, isVendorId } from '@phiguard/core';
import type { GtmMessage, GtmRef } from '../report.js';

const KIND_LABEL: Record<string, string> = { tag: 'Tag', trigger: 'Trigger', variable: 'Variable', template: 'Template', client: 'Client', transformation: 'Transformation', container: 'Container' };

/** `Tag "Facebook Pixel" (Meta)` */
export function entityLabel(ref: GtmRef): string {
  const vendor = ref.vendor && isVendorId(ref.vendor) ? ` (${getVendor(ref.vendor).name})` : '';
  return `${KIND_LABEL[ref.kind] ?? ref.kind} "${ref.name}"${vendor}`;
}

/** The message as it reads on its own, outside a report grouped by tag: names the tag and how the value got there. */
export function headline(m: GtmMessage): string {
  const via = m.via ? ` Value from ${m.via}.` : '';
  const paused = m.paused ? ' (The tag is paused.)' : m.scheduleEnded ? ` (The tag's schedule ended on ${m.scheduleEnded}.)` : '';
  // GTM-only messages already name the tag; the shared rules' messages (the same as in ESLint) do not.
  const named = m.gtm.kind === 'tag' && (m.message.includes(`tag "${m.gtm.name}"`) || m.message.startsWith(`Tag "${m.gtm.name}"`));
  return `${named ? '' : `${entityLabel(m.gtm)}: `}${m.message}${via}${paused}`;
}

/**
 * Container text (tag and trigger names, values quoted in messages) made inert for a terminal or a
 * workflow log: on one line (a name holding a line break could otherwise start a line of its own,
 * such as a `::error …` workflow command that GitHub Actions would run), with other control
 * characters (an escape sequence that clears the screen, NUL) as spaces, and bidirectional
 * overrides, which reorder what the reader sees, shown by code point (`<U+202E>`).
 */
export const printable = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000A-\u001F\u007F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return c <= '\u007F' || c === '\u2028' || c === '\u2029' ? ' ' : `<U+${c.codePointAt(0)!.toString(16).toUpperCase()}>`;
  });
