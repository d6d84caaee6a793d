import { type ForwardRefExoticComponent, forwardRef, type PropsWithoutRef, type RefAttributes } from "react";
import { ErrorBoundary } from "./error-box.js";

/**
 * Wraps a component so that whatever it (or a host's renderer inside it) throws while rendering
 * becomes its inline error box instead of unmounting the host page.
 */
export function withBoundary<E, P extends object>(
  name: string,
  Inner: ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<E>>,
): ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<E>> {
  const Wrapped = forwardRef<E, P>(function Bounded(props, ref) {
    return (
      <ErrorBoundary component={name}>
        <Inner {...props} ref={ref} />
      </ErrorBoundary>
    );
  });
  Wrapped.displayName = name;
  return Wrapped;
}
