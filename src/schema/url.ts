// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * An allowed scheme, or none: a relative URL holds no colon before its first slash, question mark
 * or hash ("a/b:c", "?x=1:2"), where any scheme would end ("javascript:…", "1a:b").
 */
const SAFE_START = /^(?:(?:https?|mailto):|[^:/?#]*(?:[/?#]|$))/i;

/**
 * True for http, https and mailto URLs and for relative URLs. Anything with control characters
 * is refused outright, since browsers strip some of them before reading the scheme
 * ("java\tscript:" is a javascript: URL to a browser).
 */
export function isSafeUrl(url: unknown): url is string {
  return (
    typeof url === "string" &&
    url.length > 0 &&
    url.length <= 2048 &&
    !CONTROL.test(url) &&
    url.trim() === url &&
    SAFE_START.test(url)
  );
}

/** The URL when it is safe to put in an href, else undefined. */
export function safeHref(url: unknown): string | undefined {
  return isSafeUrl(url) ? url : undefined;
}
