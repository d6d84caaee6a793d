import { Arrow, Content, Portal, Provider, Root, Trigger } from "@radix-ui/react-tooltip";
import { type ReactElement, type ReactNode, useEffect, useRef, useState } from "react";
import { useVertailuContext } from "../theme/context.js";

export interface TooltipProps {
  /** What the tooltip says. */
  content: ReactNode;
  /** The trigger: one focusable element. */
  children: ReactElement;
  /**
   * Id under which the content describes the trigger at all times, not only while open: a hidden
   * element while closed, the tooltip itself while open, so a screen reader hears it once.
   */
  describedBy: string;
}

/**
 * Radix Tooltip, portalled into the provider's root so the theme reaches it. Works without a
 * provider too (then it brings its own TooltipProvider and portals into the body).
 */
export function Tooltip({ content, children, describedBy }: TooltipProps) {
  const context = useVertailuContext();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // Another tooltip opening (Radix announces it on the document) closes this one, also one kept
  // open below for keyboard focus: a hover elsewhere leaves one tooltip on screen, not two.
  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(false);
    document.addEventListener("tooltip.open", close);
    return () => document.removeEventListener("tooltip.open", close);
  }, [open]);
  // Radix adds the open tooltip's id to the trigger's aria-describedby: while it is open, the
  // tooltip alone describes the trigger, else the same text would be read twice.
  //
  // Radix opens on hover and on keyboard focus only; a tap or a click opens it too, so the
  // description reaches touch users. A tap elsewhere or Escape closes it.
  const tooltip = (
    <Root
      open={open}
      onOpenChange={(next) => {
        // Radix also closes on any scroll around the trigger, the one a Tab to a trigger out of view
        // causes as well (smoothly, on some pages, over many frames): while keyboard focus stays on
        // the trigger, only Escape closes the tooltip. Leaving the trigger closes it as before.
        if (next || !trigger.current?.matches(":focus-visible")) setOpen(next);
      }}
    >
      <Trigger
        ref={trigger}
        asChild
        aria-describedby={open ? undefined : describedBy}
        onClick={(event) => {
          // Stops Radix's own click handler, which would close it again.
          event.preventDefault();
          setOpen(true);
        }}
      >
        {children}
      </Trigger>
      <span id={describedBy} hidden>
        {content}
      </span>
      <Portal container={context.portalContainer?.()}>
        <Content
          // Out in a portal the content keeps the language of the words around its trigger.
          lang={trigger.current?.closest<HTMLElement>("[lang]")?.lang}
          className="vertailu-tooltip"
          data-slot="tooltip"
          sideOffset={6}
          collisionPadding={8}
          onEscapeKeyDown={() => setOpen(false)}
        >
          {content}
          <Arrow className="vertailu-tooltip__arrow" />
        </Content>
      </Portal>
    </Root>
  );
  return context.inProvider ? tooltip : <Provider delayDuration={300}>{tooltip}</Provider>;
}
