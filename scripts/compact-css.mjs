// A PostCSS plugin for the CSS that goes into the built scripts as text (the custom element's
// stylesheet, `element.css?inline`). It removes the comments (about two fifths of that text
// gzipped) and the whitespace that lays the rules out for readers: indents, the line breaks between
// declarations and between a list's selectors, the space after a colon and before a brace, the last
// semicolon of a block. Values stay as written, line breaks and all: a browser keeps a value that
// holds var() as its text. So the browser reads the same rules (the embed test compares them, rule
// by rule, with styles.css). The shipped styles.css keeps its comments and layout for readers.
export function compactCss() {
  return {
    postcssPlugin: "vertailu-compact-css",
    OnceExit(root) {
      root.walk((node) => {
        if (node.type === "comment") {
          node.remove();
          return;
        }
        node.raws.before = "";
        if (node.type === "decl") {
          node.raws.between = ":";
        } else {
          node.raws.between = "";
          node.raws.after = "";
          node.raws.semicolon = false;
          // The selectors of a list, one per line for readers: "a,\nb" is "a,b".
          if (node.type === "rule") node.selector = node.selector.replace(/,\s+/g, ",").replace(/\n\s*/g, " ");
        }
      });
      root.raws.after = "";
    },
  };
}
