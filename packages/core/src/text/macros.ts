/**
 * GTM `{{Variable Name}}` macros are replaced by same-length placeholder identifiers so the
 * JavaScript around them parses (`phone_number: {{DLV - phone}}`) and offsets stay put.
 * A placeholder is `$ǃ` (U+01C3, a letter no one types in code, so a literal `$$1` in a script is
 * not mistaken for one) + base-36 index, padded with `ǃ` too, so the text after it is never taken
 * for padding (`'{{LT - Clinic}}_{{LT - Service}}'` keeps its `_`): `{{Page Path}}` → `$ǃ0ǃǃǃǃǃǃǃǃǃǃ`.
 */
const MACRO = /\{\{([^{}]{1,200}?)\}\}/gu;
const PREFIX = '$\u01c3';
const PLACEHOLDER = /\$\u01c3([0-9a-z]+)\u01c3+/gu;

export interface MacroText {
  text: string;
  /** `names[i]` is the variable name behind placeholder `i` (trimmed, as GTM resolves it). */
  names: string[];
}

export function replaceMacros(text: string): MacroText {
  return withPlaceholders(text, MACRO, (_whole, name) => name!.trim());
}

/**
 * Replaces each match of `pattern` with the next same-length placeholder; `nameOf` names it. Where
 * `endsStatement` holds, the placeholder ends with `;`; where it says `blank`, the match is blanked
 * (line breaks kept) and gets no placeholder.
 */
function withPlaceholders(text: string, pattern: RegExp, nameOf: (whole: string, group?: string) => string, endsStatement?: (whole: string, at: number) => boolean | 'blank'): MacroText {
  const names: string[] = [];
  const out = text.replace(pattern, (whole: string, ...rest: unknown[]) => {
    // `rest` is the capture group, if the pattern has one, then the match's offset and the text.
    const group = rest.length > 2 ? (rest[0] as string | undefined) : undefined;
    const ends = endsStatement?.(whole, rest.at(-2) as number) ?? false;
    if (ends === 'blank') return blank(whole);
    const id = `${PREFIX}${names.length.toString(36)}`;
    if (id.length + (ends ? 1 : 0) >= whole.length) return whole; // cannot happen below 36^2 macros (`{{x}}` is 5 long)
    names.push(nameOf(whole, group));
    return ends ? `${id.padEnd(whole.length - 1, PREFIX[1])};` : id.padEnd(whole.length, PREFIX[1]);
  });
  return { text: out, names };
}

/**
 * Server template tags in a page (PHP `<?php … ?>` and `<?= … ?>`, ERB, EJS and JSP `<% … %>`,
 * Jinja, Django, Twig, Liquid and Nunjucks `{% … %}`, `{# … #}` and `{{ … }}`, Handlebars and
 * Mustache `{{ … }}`, Laravel Blade's `{!! … !!}`, `@json(…)`, `@js(…)` and its `@if (…)`, `@foreach (…)`,
 * `@endif`, `@php … @endphp` directives) are filled in by the server: each stands for a value phiguard cannot know
 * (`em: '<?= $user->email ?>'` is the visitor's email). They get the same placeholders as GTM macros,
 * so the script around them parses and offsets stay put. An unclosed PHP block runs to the end, as
 * PHP reads it. `{{ … }}` holds no brace, semicolon or line break, so JavaScript's nested blocks
 * (`if (a) {{ b() }}` is rare, but minified code has it) are left alone.
 */
const TEMPLATE_TAG = /<\?(?:php\b|=)[\s\S]*?(?:\?>|$)|<%[\s\S]{0,2000}?%>|\{%[\s\S]{0,2000}?%\}|\{#[\s\S]{0,2000}?#\}|\{!![\s\S]{0,2000}?!!\}|\{\{[^{};\n]{1,300}\}\}|(?<![\w.@$])@(?:php\b[\s\S]{0,5000}?@endphp\b|(?:json|js|if|elseif|unless|isset|empty|auth|guest|foreach|forelse|for|while|switch|case|env|can|cannot|include|each)\s*\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\)|(?:else|endif|endunless|endisset|endempty|auth|endauth|guest|endguest|endforeach|endforelse|empty|endfor|endwhile|endswitch|break|default|endenv|production|endproduction|endcan|endcannot|csrf)\b)/gu;

/**
 * Template comments, which the server never prints: Jinja, Twig and Nunjucks `{# … #}`, Blade `{{-- … --}}`, Handlebars
 * `{{!-- … --}}` and `{{! … }}`, ERB and EJS `<%# … %>`, and Liquid and Django `{% comment %} …
 * {% endcomment %}` with what lies between (a pixel "disabled" by commenting it out there).
 */
const TEMPLATE_COMMENT = /\{#[\s\S]{0,2000}?#\}|\{\{--[\s\S]{0,2000}?--\}\}|\{\{!--[\s\S]{0,2000}?--\}\}|\{\{![^{}]{0,2000}?\}\}|<%#[\s\S]{0,2000}?%>|\{%-?\s*comment\s*-?%\}[\s\S]{0,20000}?\{%-?\s*endcomment\s*-?%\}/gu;

/** Replaces server template tags with placeholders, and blanks template comments; `names[i]` is the tag's text, tidied for messages. */
export function replaceTemplateTags(text: string): MacroText {
  if (!/<\?|<%|\{[%#{!]|@/u.test(text)) return { text, names: [] };
  const uncommented = text.replace(TEMPLATE_COMMENT, blank);
  const tidy = (whole: string): string => {
    const shown = whole.replace(/\s+/gu, ' ');
    return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  };
  // A control tag where a statement starts (`{% if customer %}ttq.identify(…);{% endif %}`) ends with
  // `;`, so the statement after it is not glued to it; one before an object's key (`{ {% if tag %}tag:
  // "…",{% endif %} policy: "x" }`) is blanked; elsewhere it is a value
  // (`var known = {% if customer %}true{% else %}false{% endif %};`).
  return withPlaceholders(uncommented, TEMPLATE_TAG, tidy, (whole, at) => {
    if (!CONTROL_TAG.test(whole)) return false;
    const after = uncommented.slice(at + whole.length, at + whole.length + 200);
    if (OPENS_PROPERTY.test(after) && /[{,]/u.test(uncommented[lastNonSpace(uncommented, at)] ?? '')) return 'blank';
    return startsStatement(uncommented, at) && !CLOSES_LIST.test(after);
  });
}

/** Blanks a text, line breaks kept, so offsets and lines hold: spaces are nothing anywhere in code. */
function blank(text: string): string {
  return text.replace(/[^\n]/gu, (ch) => ' '.repeat(ch.length));
}

/** An object's key and its colon (`tag:`, `"tag" :`). */
const OPENS_PROPERTY = /^\s*(?:[A-Za-z_$][\w$]*|"[^"\n]{0,100}"|'[^'\n]{0,100}')\s*:(?!:)/u;

/** Where the last character before `at` that is not white space is (-1 at the start). */
function lastNonSpace(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return i;
}

/** Tags that print nothing by themselves: `{% … %}`, `<% … %>`, `<?php … ?>` without `echo` or `print`, Blade's `@if (…)`. */
const CONTROL_TAG = /^(?:\{%|<%(?![=-])|<\?php\b(?![^?]*\b(?:echo|print)\b)|@(?!json\b|js\b|include\b|each\b))/u;

/** A list or call goes on after the tag (`{}{% endif %})`): the tag is inside it. */
const CLOSES_LIST = /^\s*[)\],]/u;

/** Whether a statement of the script may start at `at`: after `;`, a block's brace, or the `<script>` tag. */
/** A Blade directive without arguments that opens, divides or closes a block, at the end of a text. */
const BLADE_BARE_END = /(?<![\w.@$])@(?:else|endif|endunless|endisset|endempty|auth|endauth|guest|endguest|endforeach|endforelse|endfor|endwhile|endswitch|endenv|production|endproduction|endcan|endcannot)$/u;

function startsStatement(text: string, at: number): boolean {
  const i = lastNonSpace(text, at);
  if (i < 0) return true;
  const c = text[i]!;
  // A brace that closes a template tag (`}}`, `%}`) is no block's.
  if (c === ';' || c === '{' || (c === '}' && !/[}%#!-]/u.test(text[i - 1] ?? ''))) return true;
  // After a Blade block's bare directive (`@endguest`, `@else`), which ends a statement where it stands.
  if (BLADE_BARE_END.test(text.slice(Math.max(0, i - 16), i + 1))) return true;
  return c === '>' && /<script\b[^<>]{0,200}>$/iu.test(text.slice(Math.max(0, i - 210), i + 1));
}

/** Whether a text may hold placeholders (a cheap test before `findPlaceholders`). */
export const mayHoldPlaceholders = (text: string): boolean => text.includes(PREFIX);

/** Placeholders found in a string, with their macro index and span. */
export function findPlaceholders(text: string): Array<{ index: number; start: number; end: number }> {
  const found: Array<{ index: number; start: number; end: number }> = [];
  if (!text.includes(PREFIX)) return found;
  for (const m of text.matchAll(PLACEHOLDER)) {
    found.push({ index: Number.parseInt(m[1]!, 36), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** True when the whole identifier is a placeholder. */
export function placeholderIndex(name: string): number | undefined {
  const m = /^\$\u01c3([0-9a-z]+)\u01c3+$/u.exec(name);
  return m ? Number.parseInt(m[1]!, 36) : undefined;
}
