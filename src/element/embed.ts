// vertailu/embed.js: the whole custom element (React included) in one script for plain HTML pages.
// It defines <vertailu-comparison> and adds nothing else to the page's globals.
import { defineComparisonElement } from "./comparison-element.js";

defineComparisonElement();
