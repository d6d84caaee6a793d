// A PostCSS plugin for the CSS that goes into the built scripts as text (the custom element's
// stylesheet, `element.css?inline`): it removes comments, which are about two fifths of that text
// gzipped, and touches no rule. The shipped styles.css keeps its comments for readers.
export function stripCssComments() {
  return {
    postcssPlugin: "vertailu-strip-css-comments",
    OnceExit(root) {
      root.walkComments((comment) => {
        comment.remove();
      });
    },
  };
}
