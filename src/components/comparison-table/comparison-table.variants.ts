import { cva, type VariantProps } from "class-variance-authority";

/** The class names of a `ComparisonTable` for the given variants; exported for hosts that build their own markup with the same classes. */
export const comparisonTableVariants = cva("vertailu-comparison-table", {
  variants: {
    density: {
      comfortable: "vertailu-comparison-table--density-comfortable",
      compact: "vertailu-comparison-table--density-compact",
    },
    layout: {
      auto: "vertailu-comparison-table--layout-auto",
      table: "vertailu-comparison-table--layout-table",
      stacked: "vertailu-comparison-table--layout-stacked",
    },
  },
  defaultVariants: { density: "comfortable", layout: "auto" },
});

export type ComparisonTableVariantProps = VariantProps<typeof comparisonTableVariants>;
