import { cva, type VariantProps } from "class-variance-authority";

/** The class names of a `DecisionMatrix` for the given variants; exported for hosts that build their own markup with the same classes. */
export const decisionMatrixVariants = cva("vertailu-decision-matrix", {
  variants: {
    editable: {
      true: "vertailu-decision-matrix--editable",
      false: null,
    },
  },
  defaultVariants: { editable: false },
});

export type DecisionMatrixVariantProps = VariantProps<typeof decisionMatrixVariants>;
