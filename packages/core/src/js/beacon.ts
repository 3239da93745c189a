import { decodeQueryPart, HOLE, queryKeyName, queryPairs, type UrlMatch } from '../text/url.js';
import type { Prop, Range, StrPart, TrackerCall, Value } from './types.js';

/** Query keys that carry the event name on every vendor's beacon (`ev=`, `event=`, `en=`); vendors add theirs. */
const EVENT_KEYS = new Set(['ev', 'event', 'en', 'event_name', 'eventname']);

/**
 * A vendor beacon URL written in code (`new Image().src = 'https://www.facebook.com/tr?ev=…&ud[em]=' + email`)
 * as the event call it is: its query's event name and parameters, so the shared rules read them as
 * they read `fbq('track', …)`. `parts` is the string's value, `m` the vendor URL found in its text;
 * undefined when the URL has no query.
 */
export function beaconCall(m: UrlMatch, parts: readonly StrPart[], range: Range): TrackerCall | undefined {
  // The string as text with one HOLE per unknown part, and the unknown parts in order.
  let text = '';
  const holes: Value[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      text += HOLE;
      holes.push(p.hole);
    }
  }
  let end = m.end;
  while (end < text.length && !/[\s"'<>`]/u.test(text[end]!)) end++;
  const q = text.indexOf('?', m.start);
  if (q < 0 || q >= end) return undefined;
  const holeAt = (offset: number) => holes[[...text.slice(0, offset)].filter((c) => c === HOLE).length]!;
  const valueOf = (from: number, to: number): Value => {
    const out: StrPart[] = [];
    let literal = '';
    for (let i = from; i < to; i++) {
      if (text[i] === HOLE) {
        if (literal) out.push(decodeQueryPart(literal));
        literal = '';
        out.push({ hole: holeAt(i) });
      } else {
        literal += text[i];
      }
    }
    if (literal) out.push(decodeQueryPart(literal));
    return out.length === 1 && typeof out[0] !== 'string' ? out[0].hole : { kind: 'str', parts: out, range };
  };
  const eventKeys = new Set([...EVENT_KEYS, ...(m.fingerprint.eventParams ?? [])]);
  const props: Prop[] = [];
  let event: Value | undefined;
  for (const pair of queryPairs(text, q + 1, end)) {
    // A known key with a value: an unknown key (a hole) or an empty value sends nothing readable.
    if (pair.rawKey === '' || pair.rawKey.includes(HOLE) || pair.end <= pair.valueStart) continue;
    const rawKey = decodeQueryPart(pair.rawKey);
    const value = valueOf(pair.valueStart, pair.end);
    if (eventKeys.has(rawKey.toLowerCase())) event ??= value;
    else props.push({ key: queryKeyName(rawKey), keyRange: range, value });
  }
  if (!event && props.length === 0) return undefined;
  return {
    vendor: m.vendor,
    shape: { kind: 'event', event: 0, params: 1 },
    display: `the ${m.fingerprint.label} URL`,
    range,
    args: [event && { value: event, range }, { value: { kind: 'obj', props, open: false, range }, range }],
  };
}

