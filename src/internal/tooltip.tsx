import * as RadixTooltip from "@radix-ui/react-tooltip";
import type { ReactElement, ReactNode } from "react";
import { useVertailuContext } from "../theme/context.js";

export interface TooltipProps {
  /** What the tooltip says. */
  content: ReactNode;
  /** The trigger: one focusable element. */
  children: ReactElement;
  /** Id of an element that describes the trigger at all times (not only while open). */
  describedBy?: string;
  side?: "top" | "bottom" | "left" | "right";
}

/**
 * Radix Tooltip, portalled into the provider's root so the theme reaches it. Works without a
 * provider too (then it brings its own TooltipProvider and portals into the body).
 */
export function Tooltip({ content, children, describedBy, side = "top" }: TooltipProps) {
  const { portalContainer, inProvider } = useVertailuContext();
  const tooltip = (
    <RadixTooltip.Root>
      <RadixTooltip.Trigger asChild aria-describedby={describedBy}>
        {children}
      </RadixTooltip.Trigger>
      <RadixTooltip.Portal container={portalContainer ?? undefined}>
        <RadixTooltip.Content
          className="vertailu-tooltip"
          data-slot="tooltip"
          side={side}
          sideOffset={6}
          collisionPadding={8}
        >
          {content}
          <RadixTooltip.Arrow className="vertailu-tooltip__arrow" width={10} height={5} />
        </RadixTooltip.Content>
      </RadixTooltip.Portal>
    </RadixTooltip.Root>
  );
  return inProvider ? tooltip : <RadixTooltip.Provider delayDuration={300}>{tooltip}</RadixTooltip.Provider>;
}
