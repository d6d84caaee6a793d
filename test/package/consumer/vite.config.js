import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  logLevel: "warn",
  build: {
    // The server-rendered page finds its client entry and stylesheet through the manifest.
    manifest: true,
    rollupOptions: {
      input: {
        main: "index.html",
        hostile: "hostile.html",
        element: "element.html",
        hydrate: "src/hydrate.jsx",
      },
    },
  },
});
