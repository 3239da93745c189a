export { analyzeContainer, type AnalyzeContainerOptions, type GtmConfig } from './analyze.js';
export { GtmInputError, loadJson } from './json/load.js';
export { JsonLocator, type JsonPath, type LineColumn, type Span } from './json/locator.js';
export { buildContainer, normalizeEnum } from './model/container.js';
export type * from './model/types.js';
export type * from './report.js';
export { GTM_MESSAGES, RULES, RULE_IDS, type Level, type RuleMeta } from './rules.js';
export { readTemplate, templateSections, type TemplateInfo } from './templates.js';
export { VariableResolver, readCustomJavaScript, type Resolution } from './variables.js';
