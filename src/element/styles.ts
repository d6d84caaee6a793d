import cssText from "./element.css?inline";

let sheet: CSSStyleSheet | undefined;

/**
 * The shipped stylesheet as one constructable stylesheet, shared by every element of the page.
 * Adopted stylesheets are not inline styles, so strict Content-Security-Policy pages allow them.
 */
export function elementStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
  }
  return sheet;
}
