import { useCallback, useRef, useState } from "react";

/**
 * State that a user changes and a host may control: `value` wins when given, else internal
 * state starting at `defaultValue`; `onChange` hears every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [internal, setInternal] = useState(defaultValue);
  // `null` from a host's JavaScript counts as not given, as for React's own inputs.
  const controlled = value != null;
  const current = controlled ? (value as T) : internal;
  const currentRef = useRef(current);
  currentRef.current = current;
  // A callback that is no function (a plain-JavaScript host's "x") is none: a click must not throw.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = typeof onChange === "function" ? onChange : undefined;
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === "function" ? (next as (previous: T) => T)(currentRef.current) : next;
      if (Object.is(resolved, currentRef.current)) return;
      if (!controlled) setInternal(resolved);
      currentRef.current = resolved;
      onChangeRef.current?.(resolved);
    },
    [controlled],
  );
  return [current, set];
}
