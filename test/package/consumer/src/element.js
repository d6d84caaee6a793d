// The custom element through the package's ESM entry, bundled by Vite (React from this app).
import "vertailu/element";
