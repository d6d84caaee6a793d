import { cva, type VariantProps } from "class-variance-authority";

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
