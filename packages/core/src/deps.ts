import { createRequire } from 'node:module';

/**
 * The parsers, loaded on first use. Most files ESLint lints never need them (they are for code
 * inside strings, Custom HTML and Custom JavaScript variables), and `require` of their CommonJS
 * builds skips the export scan an ESM `import` of a CommonJS module costs: together about a tenth
 * of a second off every ESLint and phiguard-gtm start.
 */
const require = createRequire(import.meta.url);

let babel: typeof import('@babel/parser') | undefined;
let scope: typeof import('eslint-scope') | undefined;
let html: typeof import('htmlparser2') | undefined;
let entities: typeof import('entities/decode') | undefined;

export const babelParser = (): typeof import('@babel/parser') => (babel ??= require('@babel/parser') as typeof import('@babel/parser'));
export const eslintScope = (): typeof import('eslint-scope') => (scope ??= require('eslint-scope') as typeof import('eslint-scope'));
export const htmlParser = (): typeof import('htmlparser2') => (html ??= require('htmlparser2') as typeof import('htmlparser2'));
/** htmlparser2's own character-reference tables (it reads markup with `decodeEntities: false`, so offsets hold). */
export const htmlEntities = (): typeof import('entities/decode') => (entities ??= require('entities/decode') as typeof import('entities/decode'));
