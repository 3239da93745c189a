/** Parents under which a bare `name` key is a person's name (`user.name`, not `item.name`). */
export const IDENTITY_PATH_PARENTS: ReadonlySet<string> = new Set(['user', 'userdata', 'customer', 'patient', 'member', 'contact', 'lead', 'visitor', 'buyer', 'billing', 'shipping', 'address']);

/** CSS selectors that read identifiers out of a form (`input[type=email]`, `#phone`, `[name*=email]`). */
export function isPiiSelector(text: string): boolean {
  if (/type\s*=\s*["']?(?:email|tel)\b|#(?:e-?mail|phone)\b/iu.test(text)) return true;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('[name'); at >= 0; at = lower.indexOf('[name', at + 5)) {
    const end = lower.indexOf(']', at);
    const attr = lower.slice(at, end < 0 ? undefined : end);
    if (attr.includes('mail') || attr.includes('phone') || attr.includes('tel')) return true;
  }
  return false;
}
