import { cva, type VariantProps } from "class-variance-authority";

/** The class names of a `DecisionWizard` for the given variants; exported for hosts that build their own markup with the same classes. */
export const decisionWizardVariants = cva("vertailu-decision-wizard", {
  variants: {
    step: {
      question: "vertailu-decision-wizard--question",
      result: "vertailu-decision-wizard--result",
    },
  },
  defaultVariants: { step: "question" },
});

export type DecisionWizardVariantProps = VariantProps<typeof decisionWizardVariants>;
