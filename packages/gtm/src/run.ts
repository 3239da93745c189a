import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveSettings, type RuleId } from '@phiguard/core';
import { allOff, analyzeContainer, covers, entryRules, levels, namesTag, type GtmConfig } from './analyze.js';
import { ConfigError, findConfigFile, loadConfig } from './config.js';
import { FORMATTERS } from './formatters/index.js';
import { GtmInputError } from './json/load.js';
import type { GtmResult } from './report.js';
import { isRuleId, parseLevel, RULE_IDS } from './rules.js';

const USAGE = `Usage: phiguard-gtm [options] <container.json | directory ...>   ("-" reads standard input)

Finds ad pixels, advanced matching and health data sent to ad platforms in Google Tag Manager
container exports (Admin → Export Container).

Options:
  -f, --format <name>        stylish (default), json, sarif, github
  -o, --output-file <path>   write the report to a file instead of standard output
      --max-warnings <n>     exit with 1 when there are more than n warnings (default: -1, off)
      --quiet                report errors only (warnings still count for --max-warnings)
  -c, --config <path>        config file (default: nearest phiguard.config.{js,mjs,json} upward)
      --no-config-lookup     do not look for a config file
      --rule <id>:<level>    set a rule's severity: off, warn or error (repeatable)
      --color, --no-color    force colours on or off (stylish)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage or configuration problem, unreadable file, invalid JSON, or not a GTM export.
Rules: ${RULE_IDS.join(', ')}`;

class UsageError extends Error {}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function parseRuleOption(value: string): [RuleId, unknown] {
  const i = value.lastIndexOf(':');
  const id = (i < 0 ? value : value.slice(0, i)).trim().replace(/^phiguard\//u, '');
  const level = i < 0 ? '' : value.slice(i + 1).trim();
  if (!isRuleId(id)) throw new UsageError(`--rule ${value}: unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`);
  if (!parseLevel(level)) throw new UsageError(`--rule ${value}: severity must be off, warn or error`);
  return [id, level];
}

/** A directory stands for the `.json` files under it (sorted; `node_modules`, dot-folders and phiguard's own config file skipped). */
function expandDirectory(cwd: string, file: string): string[] {
  if (file === '-') return [file];
  let stat;
  try {
    stat = statSync(resolve(cwd, file));
  } catch {
    return [file]; // reported when it is read
  }
  if (!stat.isDirectory()) return [file];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(child);
      } else if (entry.name.endsWith('.json') && entry.name !== 'phiguard.config.json') out.push(child);
    }
  };
  walk(file);
  return out;
}

/** UTF-8, or UTF-16 when the file starts with its byte-order mark (a re-saved export on Windows). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decode(Buffer.concat(chunks));
  }
  return decode(readFileSync(file));
}

/** The result of a file that could not be read or is not a container export: one fatal message. */
function fatalResult(filePath: string, shown: string, reason: string, line = 1, column = 1): GtmResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, fatal: true, message: reason, line, column, endLine: line, endColumn: column, gtm: { kind: 'container', id: '', name: shown } }],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    notices: [],
    container: { usageContext: [], counts: { tags: 0, triggers: 0, variables: 0, templates: 0, clients: 0 } },
    tags: [],
  };
}

/**
 * Config `ignore` entries that suppressed nothing in any container of the run: stale (the tag was
 * renamed or fixed) and ready to hide the next finding unseen. Entries whose rules are all off are
 * left alone, as unused `phiguard-disable` lines are.
 */
function unusedIgnores(config: GtmConfig, results: readonly GtmResult[]): string[] {
  const ruleLevels = levels(config);
  const out: string[] = [];
  (config.ignore ?? []).forEach((entry, i) => {
    const rules = entryRules(entry);
    if (allOff(rules, ruleLevels)) return;
    const isTag = (ref: { id: string; name: string }) => namesTag(entry, ref);
    const used = results.some((r) =>
      r.suppressedMessages.some((m) => m.gtm.kind === 'tag' && isTag(m.gtm) && covers(rules, m.ruleId) && m.suppressions?.some((x) => x.kind === 'external')),
    );
    // A tag that could not be fully read may have findings phiguard did not see.
    if (used || results.some((r) => r.tags.some((t) => t.incomplete && isTag(t)))) return;
    const what = `ignore[${i}] (tag "${entry.tag}"${rules ? `, ${rules.join(', ')}` : ''})`;
    const containers = results.length === 1 ? 'the container' : `the ${results.length} containers`;
    const why = results.some((r) => r.tags.some(isTag))
      ? `that tag has ${rules ? `no ${rules.join(' or ')} finding` : 'no finding'}`
      : `no tag of that name or id in ${containers} checked`;
    out.push(`${what} suppresses nothing: ${why}; remove it, so that it cannot hide a later finding`);
  });
  return out;
}

/** `--max-warnings -1` (ESLint's spelling) as `--max-warnings=-1`: parseArgs takes `-1` for an option. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--max-warnings' && next !== undefined && /^-\d+$/u.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}


/** The options, as parseArgs takes them; a typo is matched against their names. */
const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string', default: '-1' },
  quiet: { type: 'boolean', default: false },
  config: { type: 'string', short: 'c' },
  'config-lookup': { type: 'boolean', default: true },
  'no-config-lookup': { type: 'boolean', default: false },
  rule: { type: 'string', multiple: true, default: [] },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} satisfies ParseArgsConfig['options'];

/** Node's parseArgs messages, said shortly, with the option a typo probably meant. */
function optionError(error: Error & { code?: string }, argv: readonly string[]): string {
  const flag = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /^Unknown option '([^']+)'/u.exec(error.message)?.[1];
  if (flag) {
    // parseArgs names one letter of a group (`-r` of `-report.json`); show the argument as typed.
    const unknown = argv.find((a) => a.startsWith(flag)) ?? flag;
    const name = unknown.split('=')[0]!;
    const names = Object.keys(OPTIONS).map((o) => `--${o}`);
    const near = names.find((o) => editDistance(name, o) <= 2) ?? (name.length > 3 ? names.find((o) => o.startsWith(name)) : undefined);
    if (near) return `unknown option '${unknown}'; did you mean '${near}'?`;
    // `-report.json`: a file whose name starts with a dash.
    return `unknown option '${unknown}'${name.startsWith('--') ? '' : ` (a file named so goes after '--': phiguard-gtm -- ${unknown})`}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/u.exec(error.message)?.[1];
  if (missing) return `option ${missing} needs a value`;
  const extra = /^Option '(--[\w-]+)' does not take an argument/u.exec(error.message)?.[1];
  if (extra) return `option ${extra} takes no value`;
  return error.message;
}

/** Levenshtein distance, for option names (short strings). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Runs the CLI; returns the exit code. Bad input never escapes as an exception. */
export async function main(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string; isTTY: boolean }): Promise<number> {
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      options: OPTIONS,
    });
  }
  try {
    args = parse();
  } catch (error) {
    io.stderr(`phiguard-gtm: ${optionError(error as Error & { code?: string }, argv)}\nRun phiguard-gtm --help for the options.\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  try {
    const formatter = FORMATTERS[values.format!];
    if (!formatter) throw new UsageError(`unknown format "${values.format}" (formats: ${Object.keys(FORMATTERS).join(', ')})`);
    if (!/^-?\d+$/u.test(values['max-warnings']!)) throw new UsageError(`--max-warnings must be an integer, got "${values['max-warnings']}"`);
    const maxWarnings = Number(values['max-warnings']);
    if (positionals.length === 0) throw new UsageError('no container file given');
    // A file named twice (`a.json dir/`, where dir holds a.json) is read once, as ESLint does.
    const seen = new Set<string>();
    const files = positionals
      .flatMap((f) => expandDirectory(io.cwd, f))
      .filter((f) => {
        if (f === '-') return true;
        const path = resolve(io.cwd, f);
        if (seen.has(path)) return false;
        seen.add(path);
        return true;
      });
    if (files.length === 0) throw new UsageError(`no .json files in ${positionals.join(', ')}`);

    let config: GtmConfig = {};
    const configFile = values.config ? resolve(io.cwd, values.config) : values['no-config-lookup'] ? undefined : findConfigFile(io.cwd);
    if (configFile) config = await loadConfig(configFile);
    const overrides = (values.rule ?? []).map(parseRuleOption);
    if (overrides.length) config = { ...config, rules: { ...config.rules, ...Object.fromEntries(overrides) } };
    const settings = resolveSettings(config);

    const results: GtmResult[] = [];
    let inputFailed = false;
    for (const file of files) {
      const filePath = file === '-' ? '<stdin>' : resolve(io.cwd, file);
      const shown = file === '-' ? '<stdin>' : file;
      let text: string;
      try {
        text = await readInput(file === '-' ? file : filePath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = `cannot read file${code ? ` (${code})` : ''}`;
        io.stderr(`phiguard-gtm: ${shown}: ${reason}\n`);
        inputFailed = true;
        // Machine-readable reports (json, sarif) list it too: a file CI could not check is not a clean file.
        results.push(fatalResult(filePath, shown, reason));
        continue;
      }
      try {
        results.push(analyzeContainer(text, { filePath, config, settings }));
      } catch (error) {
        if (!(error instanceof GtmInputError)) throw error;
        io.stderr(`phiguard-gtm: ${error.format(shown)}\n`);
        inputFailed = true;
        results.push(fatalResult(filePath, shown, error.reason, error.line, error.column));
      }
    }

    const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
    const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
    const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings;
    // --quiet hides warnings from the output only; the exit code comes from the unfiltered results.
    const shownResults = values.quiet
      ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, notices: [] }))
      : results;
    // Files that failed to load were reported on stderr; stylish and github do not repeat them.
    const forHumans = values.format === 'stylish' || values.format === 'github';
    const color = values['no-color'] ? false : (values.color ?? (io.isTTY && !process.env.NO_COLOR && !values['output-file']));
    const output = formatter(forHumans ? shownResults.filter((r) => r.fatalErrorCount === 0) : shownResults, {
      cwd: io.cwd,
      color,
      version: version(),
      ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings, foundWarnings: warningCount } } : {}),
      ...(values.quiet && warningCount > 0 ? { hiddenWarnings: warningCount } : {}),
    });
    if (values['output-file']) {
      try {
        writeFileSync(resolve(io.cwd, values['output-file']), output);
      } catch (error) {
        io.stderr(`phiguard-gtm: ${values['output-file']}: cannot write output file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
        return 2;
      }
    } else if (output) {
      io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    }
    // After the report, where it is read last (stderr: json and sarif on stdout stay machine-readable).
    if (configFile && !inputFailed && !values.quiet) {
      for (const line of unusedIgnores(config, results)) io.stderr(`phiguard-gtm: ${relative(io.cwd, configFile) || configFile}: ${line}\n`);
    }
    if (inputFailed) return 2;
    return errorCount > 0 || tooManyWarnings ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`phiguard-gtm: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`phiguard-gtm: ${error.where}: ${error.message}\n`);
      return 2;
    }
    // A bug in phiguard, not bad input: still one line, with a pointer for the report.
    io.stderr(`phiguard-gtm: internal error: ${(error as Error).message} (please report this with the container that caused it; set PHIGUARD_DEBUG=1 for details)\n`);
    if (process.env.PHIGUARD_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}

