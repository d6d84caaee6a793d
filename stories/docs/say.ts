/**
 * A play function's words in the story's language: Finnish, the catalogue's default, unless the
 * toolbar (or the story) asks for English. `say("Laajuus", "Scope")`.
 */
export function sayIn(globals: Record<string, unknown>): <T>(fi: T, en: T) => T {
  const english = globals.locale === "en";
  return (fi, en) => (english ? en : fi);
}
