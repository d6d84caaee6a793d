// vertailu/element: the <vertailu-comparison> custom element. Importing this module defines it.
import { defineComparisonElement, VertailuComparisonElement } from "./comparison-element.js";

export type { ComparisonElementView } from "./comparison-element.js";
export { defineComparisonElement, VertailuComparisonElement };

declare global {
  interface HTMLElementTagNameMap {
    "vertailu-comparison": VertailuComparisonElement;
  }
}

defineComparisonElement();
