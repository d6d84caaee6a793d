/** A PostCSS plugin that removes every comment and the whitespace that only lays rules out, and changes no rule. */
export function compactCss(): {
  postcssPlugin: string;
  // biome-ignore lint/suspicious/noExplicitAny: PostCSS's node types are not a dependency of the config
  OnceExit(root: any): void;
};
