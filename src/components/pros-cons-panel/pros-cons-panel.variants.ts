import { cva, type VariantProps } from "class-variance-authority";

/** The class names of a `ProsConsPanel` for the given variants; exported for hosts that build their own markup with the same classes. */
export const prosConsPanelVariants = cva("vertailu-pros-cons", {
  variants: {
    variant: {
      card: "vertailu-pros-cons--variant-card",
      compact: "vertailu-pros-cons--variant-compact",
    },
  },
  defaultVariants: { variant: "card" },
});

type ProsConsPanelVariantProps = VariantProps<typeof prosConsPanelVariants>;
export type ProsConsPanelVariant = NonNullable<ProsConsPanelVariantProps["variant"]>;
