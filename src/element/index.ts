// vertailu/element: the <vertailu-comparison> custom element. Importing this module defines it.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { Theme } from "../theme/context.js";
import {
  type ComparisonElementView,
  defineComparisonElement,
  VertailuComparisonElement,
} from "./comparison-element.js";
import type { ComparisonElementMessages } from "./messages.js";

export type { ComparisonElementMessages, ComparisonElementView };
export { defineComparisonElement, VertailuComparisonElement };

/** The attributes of `<vertailu-comparison>`, as JSX takes them. */
export interface ComparisonElementAttributes extends HTMLAttributes<VertailuComparisonElement> {
  /**
   * URL of the comparison's JSON, fetched relative to the page's base URL. Without one, the element
   * reads its JSON from a `<script type="application/json">` child instead.
   */
  src?: string | undefined;
  /** Locale of the texts and built-in strings. @default the data's defaultLocale */
  locale?: string | undefined;
  /** @default "system" */
  theme?: Theme | undefined;
  /** Ids of the options to show, comma-separated, in column order. @default every option */
  options?: string | undefined;
  /** @default "table" */
  view?: ComparisonElementView | undefined;
  /**
   * The view's headingLevel, to fit the page's outline (2–6). Headings stop at h6: at 6 the matrix's
   * and the wizard's sub-headings share their title's level, at 5 the wizard's result sections its question's.
   * @default the view's own
   */
  "heading-level"?: 2 | 3 | 4 | 5 | 6 | "2" | "3" | "4" | "5" | "6" | undefined;
  /**
   * URL of a JSON file of built-in strings to override, in the shape `messages` takes (flat, or a set
   * per language such as `{ "sv": { … } }`), fetched as `src` is. @default none: the built-in strings
   */
  "messages-src"?: string | undefined;
  /**
   * Built-in strings to override, over the `messages-src` file's, as the components' `messages` prop
   * takes them. A property, not an attribute: React 19 sets it so; with React 18, set
   * `element.messages` through a ref.
   */
  messages?: ComparisonElementMessages | undefined;
}

/** `<vertailu-comparison>`'s JSX props: its attributes, `ref` and `key`. */
export type ComparisonElementProps = DetailedHTMLProps<ComparisonElementAttributes, VertailuComparisonElement>;

declare global {
  interface HTMLElementTagNameMap {
    "vertailu-comparison": VertailuComparisonElement;
  }
}

// A React (or other JSX) host that imports vertailu/element can write the tag in JSX, typed.
declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "vertailu-comparison": ComparisonElementProps;
    }
  }
}

defineComparisonElement();
