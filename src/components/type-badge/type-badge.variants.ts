import { cva, type VariantProps } from "class-variance-authority";

/** The class names of a `TypeBadge` for the given variants; exported for hosts that build their own markup with the same classes. */
export const typeBadgeVariants = cva("vertailu-type-badge", {
  variants: {
    tone: {
      bpo: "vertailu-type-badge--tone-bpo",
      "call-center": "vertailu-type-badge--tone-call-center",
      neutral: "vertailu-type-badge--tone-neutral",
    },
    size: {
      sm: "vertailu-type-badge--size-sm",
      md: "vertailu-type-badge--size-md",
    },
  },
  defaultVariants: { tone: "neutral", size: "md" },
});

type TypeBadgeVariantProps = VariantProps<typeof typeBadgeVariants>;
export type TypeBadgeTone = NonNullable<TypeBadgeVariantProps["tone"]>;
