import { findChromium, installHint } from "./chromium.mjs";

if (!findChromium()) {
  console.error(installHint);
  process.exit(1);
}
