import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  logLevel: "warn",
  build: {
    // The browsers vertailu's CSS is written for, as the README tells consumers to set them.
    cssTarget: ["chrome123", "edge123", "firefox120", "safari17.5"],
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
