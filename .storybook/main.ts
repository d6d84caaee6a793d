import type { StorybookConfig } from "@storybook/react-vite";

process.env.STORYBOOK_DISABLE_TELEMETRY = "1";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  // JSON files the "load from a URL" recipe fetches, served next to iframe.html.
  staticDirs: [{ from: "../stories/assets", to: "/assets" }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The catalogue is for people learning the components, not for setting up Storybook: no
  // "Get started" checklist in the sidebar or onboarding guide in the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(viteConfig) {
    // The library build settings in vite.config.ts are for `npm run build`, not for the catalogue.
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rollupOptions;
      // Storybook empties the output folder itself before building; emptying it again here would
      // delete the manager, index.json and the static dirs written before the preview.
      viteConfig.build.emptyOutDir = false;
      // The browsers vertailu's CSS is written for (light-dark() sets the floor). Vite's default
      // targets are older, and lowering the CSS for them rewrites :dir(rtl) into a list of
      // :lang() selectors, which misses a right-to-left page in Finnish or English.
      viteConfig.build.cssTarget = ["chrome123", "edge123", "firefox120", "safari17.5"];
    }
    viteConfig.base = "./";
    return viteConfig;
  },
};

export default config;
