import { useEffect } from "react";

/**
 * Says `line` on the console (nothing when it is false): the browser's once the component is in the
 * page, the server's as it renders, since a server runs no effects and its log is where the errors
 * of a server-rendered page are read.
 */
export function useConsoleError(line: string | false): void {
  if (line && typeof document === "undefined") console.error(line);
  useEffect(() => {
    if (line) console.error(line);
  }, [line]);
}
