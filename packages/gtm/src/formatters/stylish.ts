import { relative } from 'node:path';
import { getVendor, isVendorId } from '@phiguard/core';
import { TAG_TYPE_LABELS } from '../data/tag-labels.js';
import type { GtmMessage, GtmResult, GtmTagSummary } from '../report.js';
import { RULES } from '../rules.js';
import type { Formatter } from './index.js';
import { entityLabel, printable } from './text.js';

const paint = (on: boolean, code: number) => (s: string) => (on ? `\u001B[${code}m${s}\u001B[39m` : s);
const boldOn = (on: boolean) => (s: string) => (on ? `\u001B[1m${s}\u001B[22m` : s);
const dimOn = (on: boolean) => (s: string) => (on ? `\u001B[2m${s}\u001B[22m` : s);


function tagHeader(ref: GtmMessage['gtm'], tag: GtmTagSummary | undefined): string {
  if (!tag) return entityLabel(ref);
  const vendors = tag.vendors.filter(isVendorId).map((v) => getVendor(v).name);
  const parts = [`Tag "${tag.name}"`];
  // The vendor and the type, once when they are the same (`googtag`: Google tag).
  const facts = new Set([vendors.join(', ') || undefined, TAG_TYPE_LABELS[tag.type] ?? (tag.type.startsWith('cvt_') ? 'custom template' : tag.type)].filter(Boolean));
  parts[0] += ` (${[...facts].join(', ')})`;
  parts.push(`fires on: ${tag.triggers.length ? tag.triggers.join(', ') : 'no trigger'}`);
  if (tag.blockingTriggers.length) parts.push(`blocked by: ${tag.blockingTriggers.join(', ')}`);
  if (tag.paused) parts.push('[paused]');
  if (tag.scheduleEnded) parts.push(`[schedule ended ${tag.scheduleEnded}]`);
  return parts.join(' · ');
}

/** ESLint's stylish layout, grouped by tag (with its vendor and triggers) inside each file. */
export const stylish: Formatter = (results, context) => {
  const color = context.color ?? false;
  const red = paint(color, 31);
  const yellow = paint(color, 33);
  const cyan = paint(color, 36);
  const bold = boldOn(color);
  const dim = dimOn(color);
  let out = '';
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const r of results as GtmResult[]) {
    errors += r.errorCount;
    warnings += r.warningCount;
    suppressed += r.suppressedMessages.length;
    if (r.messages.length === 0 && r.notices.length === 0) continue;
    out += `\n${bold(printable(relative(context.cwd, r.filePath) || r.filePath))}\n`;
    const groups = new Map<string, GtmMessage[]>();
    for (const m of r.messages) {
      const key = `${m.gtm.kind}\u0000${m.gtm.id}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const tags = new Map(r.tags.map((t) => [t.id, t]));
    for (const messages of groups.values()) {
      const ref = messages[0]!.gtm;
      out += `  ${cyan(printable(tagHeader(ref, ref.kind === 'tag' ? tags.get(ref.id) : undefined)))}\n`;
      const posWidth = Math.max(...messages.map((m) => `${m.line}:${m.column}`.length));
      for (const m of messages) {
        const pos = `${m.line}:${m.column}`.padEnd(posWidth);
        const sev = m.severity === 2 ? red('error  ') : yellow('warning');
        // A message of no rule (a tag that could not be fully read) ends at its text.
        out += `    ${dim(pos)}  ${sev}  ${printable(m.message)}${m.ruleId ? `  ${dim(m.ruleId)}` : ''}\n`;
        if (m.via) out += `    ${' '.repeat(posWidth)}           ${dim(printable(`value from ${m.via}`))}\n`;
      }
    }
    if (r.notices.length) {
      out += `  ${cyan('Notes')}\n`;
      for (const n of r.notices) out += `    ${dim(n.line === undefined ? '-' : `${n.line}:${n.column ?? 1}`)}  note     ${printable(n.message)}\n`;
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out += `\n${bold(errors ? red(summary) : yellow(summary))}\n`;
    // What each reported rule checks and how to fix it, once per rule rather than on every line.
    const seen = [...new Set(results.flatMap((r) => r.messages.flatMap((m) => (m.ruleId ? [m.ruleId] : []))))].sort();
    const width = Math.max(...seen.map((id) => id.length));
    if (seen.length) out += `\nRule docs:\n${seen.map((id) => `  ${id.padEnd(width)}  ${dim(RULES[id].url)}\n`).join('')}`;
  } else if (results.length) {
    const containers = `${results.length} container${results.length === 1 ? '' : 's'}`;
    const hidden = context.hiddenWarnings ?? 0;
    out += `${out ? '\n' : ''}${hidden ? `No errors found in ${containers} (${hidden} warning${hidden === 1 ? '' : 's'} not shown: --quiet).` : `No problems found in ${containers}.`}\n`;
  }
  if (suppressed) out += `${suppressed} finding${suppressed === 1 ? '' : 's'} suppressed with a reason (see --format json for the list).\n`;
  if (context.maxWarningsExceeded) {
    const { maxWarnings, foundWarnings } = context.maxWarningsExceeded;
    out += `\n${red(`phiguard-gtm found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings}).`)}\n`;
  }
  return out;
};
