import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "vertailu/styles.css";
import { App } from "./app.js";

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App structuredData={new URLSearchParams(location.search).has("structured-data")} />
  </StrictMode>,
);
