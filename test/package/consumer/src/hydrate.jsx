import { hydrateRoot } from "react-dom/client";
import "vertailu/styles.css";
import { App } from "./app.js";

// Everything React could not hydrate cleanly is recorded for the test to read.
window.__hydrationErrors = [];
// The server renders the same props from the same URL.
const structuredData = new URLSearchParams(location.search).has("structured-data");
hydrateRoot(document.getElementById("root"), <App structuredData={structuredData} />, {
  onRecoverableError(error) {
    window.__hydrationErrors.push(String(error?.message ?? error));
  },
});
