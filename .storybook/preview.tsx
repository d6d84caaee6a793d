import { Controls, Description, Primary, Stories, Subtitle, Title } from "@storybook/addon-docs/blocks";
import type { Decorator, Preview } from "@storybook/react-vite";
import { VertailuProvider } from "../src/index.js";
import { readableSource, type SourceContext } from "./source.js";
import "../src/styles.css";
import "./preview.css";

type Theme = "light" | "dark" | "system";

const withProvider: Decorator = (Story, context) => {
  // A story that is about one theme, locale or direction sets it in its `globals`, which the
  // toolbar then shows (and holds) for that story.
  const theme = (context.globals.theme ?? "light") as Theme;
  const locale = (context.globals.locale ?? "fi") as string;
  const dir = (context.globals.dir ?? "ltr") as "ltr" | "rtl";
  return (
    <VertailuProvider theme={theme} locale={locale} dir={dir} className="sb-vertailu-frame">
      <Story />
    </VertailuProvider>
  );
};

/**
 * A component's docs page: the first story at the top with its props, then the other stories. The
 * first is not shown twice (Storybook's default page repeats it), so no two examples on a page
 * share their ids, and a wizard's links there reach the one table they are meant for.
 */
function DocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Primary />
      <Controls sort="requiredFirst" />
      <Stories includePrimary={false} />
    </>
  );
}

const preview: Preview = {
  decorators: [withProvider],
  globalTypes: {
    theme: {
      description: "Colour theme",
      toolbar: {
        title: "Theme",
        icon: "contrast",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
          { value: "system", title: "System" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Locale",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "fi", title: "Suomi (fi)" },
          { value: "en", title: "English (en)" },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: "Text direction",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
  },
  // Finnish first, as the showcase is written. The test command runs the stories once more in English
  // (VITE_VERTAILU_STORY_LOCALE=en), so their play functions and axe check both languages, once in
  // the dark theme (VITE_VERTAILU_STORY_THEME=dark), so axe checks every story's contrast there too,
  // and once on a 320 px wide phone (VITE_VERTAILU_STORY_VIEWPORT=narrow, the width WCAG's reflow
  // asks for), where the tables stack and every play function must still hold.
  initialGlobals: {
    theme: import.meta.env.VITE_VERTAILU_STORY_THEME === "dark" ? "dark" : "light",
    locale: import.meta.env.VITE_VERTAILU_STORY_LOCALE === "en" ? "en" : "fi",
    dir: "ltr",
    ...(import.meta.env.VITE_VERTAILU_STORY_VIEWPORT === "narrow" ? { viewport: { value: "mobile1" } } : {}),
  },
  parameters: {
    layout: "padded",
    // The required props (data) first, then the rest by name, here and in the docs page's table: the
    // types' own order reaches Storybook scrambled (data seventh on ComparisonTable), which hides
    // where to start.
    controls: { expanded: true, sort: "requiredFirst" },
    docs: {
      page: DocsPage,
      source: { transform: (code: string, context: SourceContext) => readableSource(code, context) },
    },
    a11y: {
      test: "error",
      // axe leaves WCAG 2.2's target size (2.5.8, AA) off by default; vertailu aims at 2.2 AA.
      config: { rules: [{ id: "target-size", enabled: true }] },
    },
    options: {
      storySort: {
        order: [
          "Introduction",
          "Getting started",
          "Theming",
          "Schema",
          "Check your data",
          "Languages",
          "Accessibility",
          "Components",
          "Decision widgets",
          "Embedding",
          "Recipes",
        ],
      },
    },
  },
  tags: ["autodocs"],
};

export default preview;
