import { relative } from 'node:path';
import { RULES } from '../rules.js';
import type { Formatter } from './index.js';
import { headline, printable } from './text.js';

/** `%`, CR and LF must be escaped in workflow commands; `,` and `:` too in properties. Container text is made printable first. */
const escapeData = (s: string) => printable(s).replace(/%/gu, '%25');
const escapeProperty = (s: string) => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

/** GitHub Actions workflow commands: one annotation per message, shown on the pull request. */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = relative(context.cwd, r.filePath) || r.filePath;
    for (const m of r.messages) {
      const level = m.severity === 2 ? 'error' : 'warning';
      const title = m.ruleId ? `phiguard(${m.ruleId})` : 'phiguard';
      const props = `file=${escapeProperty(file)},line=${m.line},endLine=${m.endLine},col=${m.column},endColumn=${m.endColumn},title=${escapeProperty(title)}`;
      const docs = m.ruleId ? ` Docs: ${RULES[m.ruleId].url}` : '';
      lines.push(`::${level} ${props}::${escapeData(headline(m) + docs)}`);
    }
    for (const n of r.notices) {
      const where = n.line === undefined ? '' : `,line=${n.line},col=${n.column ?? 1}`;
      lines.push(`::notice file=${escapeProperty(file)}${where},title=phiguard::${escapeData(n.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
