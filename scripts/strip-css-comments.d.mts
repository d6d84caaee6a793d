/** A PostCSS plugin that removes every comment and touches no rule. */
export function stripCssComments(): {
  postcssPlugin: string;
  OnceExit(root: { walkComments(callback: (comment: { remove(): void }) => void): void }): void;
};
