import type { GtmResult } from '../report.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export interface FormatterContext {
  /** Paths in the output are relative to this directory. */
  cwd: string;
  /** ANSI colours (stylish only). */
  color?: boolean;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
  /** Warnings left out of `results` by `--quiet`: a run with only those is not "no problems". */
  hiddenWarnings?: number;
  /** Tool version, for SARIF. */
  version?: string;
}

/** Formatters are pure functions of the results, as in ESLint. */
export type Formatter = (results: readonly GtmResult[], context: FormatterContext) => string;

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github };

export { github, json, sarif, stylish };
