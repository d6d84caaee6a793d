import { hydrateRoot } from "react-dom/client";
import "vertailu/styles.css";
import { App } from "./app.js";

// Everything React could not hydrate cleanly is recorded for the test to read.
window.__hydrationErrors = [];
hydrateRoot(document.getElementById("root"), <App />, {
  onRecoverableError(error) {
    window.__hydrationErrors.push(String(error?.message ?? error));
  },
});
