// A Vite (Rolldown) plugin for dist/embed.js: the script is plain ASCII. A page with no charset of its
// own, served without one, reads a script as windows-1252, and "Näytä" would show as "NÃ¤ytÃ¤".
// The bundler writes each character outside ASCII as an escape, in the places where an escape means
// the same (strings, templates, regular expressions). Where none does, as in the raw text of a tagged
// template (String.raw`ä`: an escape there is read as its six characters), the build stops rather
// than ship a script that means something else, or one that a page without a charset misreads.
export function asciiOnly() {
  return {
    name: "vertailu-ascii-only",
    outputOptions(options) {
      return { ...options, charset: "ascii" };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const at = file.type === "chunk" ? file.code.search(/[^\0-\x7f]/) : -1;
        if (at >= 0) {
          const line = file.code.slice(0, at).split("\n").length;
          this.error(
            `${file.fileName} is not plain ASCII at line ${line}: ${JSON.stringify(file.code.slice(Math.max(0, at - 40), at + 40))}`,
          );
        }
      }
    },
  };
}
