import { htmlEntities, htmlParser } from './deps.js';

/** Pieces of an HTML fragment the detectors read, with offsets into the fragment. */
export interface HtmlParts {
  /**
   * Inline script bodies, to parse as JavaScript: inline event handlers are `handler: true`, module
   * scripts `module: true` (both have scopes of their own). A handler's character references are
   * decoded (`fbq(&#39;track&#39;, …)`), and `offsets` maps its code back to the attribute.
   */
  scripts: Array<{ code: string; start: number; handler?: boolean; module?: boolean; offsets?: number[]; link?: 'phone' | 'email' }>;
  /** URL-bearing attribute values: `<script src>`, `<img src>`, `<iframe src>`, `<link href>`; `offsets` where the value is not written as is (in an iframe's `srcdoc`). */
  urls: Array<{ url: string; start: number; offsets?: number[] }>;
}

const URL_ATTRS = new Set(['src', 'href', 'data-src', 'data-gtmsrc', 'action']);
/** Script types that are data, not code. */
const DATA_TYPE = /json|template|html|x-tmpl|text\/plain/iu;
/**
 * Attributes of consent tools that hold a script back as `type="text/plain"` until the visitor
 * agrees (Cookiebot `data-cookieconsent`, OneTrust `optanon-category-…`, Complianz, CookieYes,
 * Usercentrics, Klaro `data-type`, Borlabs, CookieConsent `data-category`): that script is code.
 */
const CONSENT_MANAGED = /cookie|consent|optanon|cmplz|usercentrics|borlabs|klaro|^data-category$|^data-type$|^data-service$/iu;
const CONNECTION_HINT = /^(?:preconnect|dns-prefetch)$/iu;

/** `<link rel="preconnect" href="https://analytics.tiktok.com">` only opens a connection: not a request for the pixel (HTML and JSX). */
export const isConnectionHint = (element: string, rel: string | undefined): boolean => element === 'link' && CONNECTION_HINT.test((rel ?? '').trim());

/** Code that takes a `<template>`'s content out to the page (`tpl.content.cloneNode(true)`). */
export const TEMPLATE_USE = /\.content\b|importNode/u;

export function extractHtml(html: string): HtmlParts {
  const parts: HtmlParts = { scripts: [], urls: [] };
  /** What `<template>` elements hold: inert until a script of the fragment takes it out. */
  const inert: HtmlParts = { scripts: [], urls: [] };
  let into = parts;
  let templates = 0;
  let inScript = false;
  let scriptIsCode = false;
  let scriptIsModule = false;
  let tagStart = 0;
  let tagUrls = 0;
  const parser = new (htmlParser().Parser)(
    {
      onopentagname(name) {
        tagStart = parser.startIndex;
        if (name === 'template' && templates++ === 0) into = inert;
        tagUrls = into.urls.length;
      },
      onattribute(name, value) {
        if (!value) return;
        const lower = name.toLowerCase();
        const at = html.indexOf(value, tagStart);
        const start = at < 0 ? tagStart : at;
        // `<a href="javascript:fbq('trackCustom', 'IVF Consult')">`: the link runs that code when clicked, as a handler would.
        const script = lower === 'href' ? /^\s*javascript:/iu.exec(value) : null;
        if (script) {
          const { text, offsets } = decodeAttribute(value.slice(script[0].length));
          into.scripts.push({ code: text, start: start + script[0].length, handler: true, ...(offsets ? { offsets } : {}) });
        } else if (lower === 'srcset') {
          // `url 1x, url2 2x`: each candidate's URL, without its descriptor.
          for (const m of value.matchAll(/[^\s,][^\s]*/gu)) if (!/^\d+(?:\.\d+)?[wx]$/u.test(m[0])) into.urls.push({ url: m[0].replace(/,$/u, ''), start: start + m.index });
        } else if (lower === 'srcdoc') {
          // `<iframe srcdoc="&lt;script&gt;fbq(…)&lt;/script&gt;">`: a document of its own, whose scripts and pixels run.
          const { text, offsets } = decodeAttribute(value);
          const inner = extractHtml(text);
          const page = (o: number): number => start + (offsets?.[o] ?? o);
          // A piece of the inner document (`length` units from `at`, its own `own` offsets) where it stands in the page.
          const placed = (at: number, length: number, own?: number[]): { start: number; offsets?: number[] } => {
            const from = page(at);
            return offsets || own ? { start: from, offsets: Array.from({ length: length + 1 }, (_, o) => page(at + (own?.[o] ?? o)) - from) } : { start: from };
          };
          for (const u of inner.urls) into.urls.push({ url: u.url, ...placed(u.start, u.url.length, u.offsets) });
          for (const s of inner.scripts) into.scripts.push({ ...s, ...placed(s.start, s.code.length, s.offsets) });
        } else if (URL_ATTRS.has(lower)) into.urls.push({ url: value, start });
        // An event handler's name is `on` and the event's (`onclick`); `on:click` (Svelte's syntax in a Vue file) is no handler.
        else if (/^on[a-z]+$/u.test(lower)) {
          const { text, offsets } = decodeAttribute(value);
          into.scripts.push({ code: text, start, handler: true, ...(offsets ? { offsets } : {}) });
        }
      },
      onopentag(name, attribs) {
        // The handlers of a call or mail link (`<a href="tel:…" onclick="…">`): what they send of that kind is the link's address.
        const link = name === 'a' ? (/^\s*tel:/iu.test(attribs.href ?? '') ? 'phone' : /^\s*mailto:/iu.test(attribs.href ?? '') ? 'email' : undefined) : undefined;
        if (link) for (let i = into.scripts.length - 1; i >= 0 && into.scripts[i]!.start >= tagStart && into.scripts[i]!.handler; i--) into.scripts[i]!.link = link;
        if (name === 'script') {
          const type = attribs.type ?? '';
          const held = /text\/plain/iu.test(type) && Object.entries(attribs).some(([k, v]) => k !== 'type' && (CONSENT_MANAGED.test(k) || (k === 'class' && CONSENT_MANAGED.test(v))));
          inScript = true;
          // With `src`, the browser runs the file and ignores the element's own text.
          scriptIsCode = (held || !DATA_TYPE.test(type)) && attribs.src === undefined;
          scriptIsModule = /^module$/iu.test(type.trim());
        }
        // `<link rel="preconnect" href="https://analytics.tiktok.com">` requests nothing.
        if (isConnectionHint(name, attribs.rel)) into.urls.length = tagUrls;
      },
      ontext(text) {
        if (inScript && scriptIsCode && text.trim()) into.scripts.push({ code: text, start: parser.startIndex, ...(scriptIsModule ? { module: true } : {}) });
      },
      onclosetag(name) {
        if (name === 'script') inScript = false;
        else if (name === 'template' && templates > 0 && --templates === 0) into = parts;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (inert.urls.length + inert.scripts.length && parts.scripts.some((s) => TEMPLATE_USE.test(s.code))) {
    parts.urls.push(...inert.urls);
    parts.scripts.push(...inert.scripts);
    parts.urls.sort((a, b) => a.start - b.start);
    parts.scripts.sort((a, b) => a.start - b.start);
  }
  // Adjacent text chunks of one script arrive separately: join them.
  const merged: HtmlParts['scripts'] = [];
  for (const s of parts.scripts) {
    const last = merged.at(-1);
    if (last && !last.handler && !s.handler && last.start + last.code.length === s.start) last.code += s.code;
    else merged.push({ ...s });
  }
  parts.scripts = merged;
  return parts;
}

/** A character reference: numeric with or without `;` (as browsers read them), named only with it. */
const CHAR_REF = /&(?:#\d+;?|#[xX][\da-fA-F]+;?|[A-Za-z][A-Za-z\d]*;)/gu;

/**
 * An attribute value as the browser reads it (`&#38;` and `&amp;` are `&`), with each unit's offset
 * in the value and the end, so findings still point at the markup; `offsets` is left out when
 * nothing was decoded (the offsets are the units' own).
 */
export function decodeAttribute(value: string): { text: string; offsets?: number[] } {
  if (!value.includes('&')) return { text: value };
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  const copy = (to: number): void => {
    text += value.slice(at, to);
    for (; at < to; at++) offsets.push(at);
  };
  for (const m of value.matchAll(CHAR_REF)) {
    const decoded = htmlEntities().decodeHTMLAttribute(m[0]);
    if (decoded === m[0]) continue;
    copy(m.index);
    text += decoded;
    for (let i = 0; i < decoded.length; i++) offsets.push(m.index);
    at = m.index + m[0].length;
  }
  if (at === 0) return { text: value };
  copy(value.length);
  offsets.push(value.length);
  return { text, offsets };
}
