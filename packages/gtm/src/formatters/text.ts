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
