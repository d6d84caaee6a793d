import cssText from "./element.css?inline";

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * The shipped stylesheet as one constructable stylesheet, shared by every element of a document
 * (a sheet made in one document cannot be adopted in another: an iframe's gets its own).
 * Adopted stylesheets are not inline styles, so strict Content-Security-Policy pages allow them.
 * Undefined in a document without a window (one made by `createHTMLDocument`), where nothing shows.
 */
export function elementStyleSheet(document: Document): CSSStyleSheet | undefined {
  const view = document.defaultView;
  if (!view) return undefined;
  let sheet = sheets.get(document);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(document, sheet);
  }
  return sheet;
}
