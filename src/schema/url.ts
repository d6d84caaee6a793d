// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * True for http, https and mailto URLs and for relative URLs. Anything with control characters
 * is refused outright, since browsers strip some of them before reading the scheme
 * ("java\tscript:" is a javascript: URL to a browser).
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== "string" || url.length === 0 || url.length > 2048) return false;
  if (CONTROL.test(url)) return false;
  const trimmed = url.trim();
  if (trimmed !== url) return false;
  const scheme = SCHEME.exec(url);
  if (!scheme) return !url.includes(":") || isColonAfterPath(url);
  // The scheme's group is not optional: a match always has it.
  return ALLOWED_SCHEMES.has((scheme[1] as string).toLowerCase());
}

// A relative URL may hold a colon after its first slash, question mark or hash ("a/b:c", "?x=1:2").
function isColonAfterPath(url: string): boolean {
  const colon = url.indexOf(":");
  const end = url.search(/[/?#]/);
  return end !== -1 && end < colon;
}

/** The URL when it is safe to put in an href, else undefined. */
export function safeHref(url: unknown): string | undefined {
  return isSafeUrl(url) ? url : undefined;
}
