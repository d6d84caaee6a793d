/**
 * What was thrown, as text for an error message: its message, else itself. A value without a text
 * of its own (a null-prototype object, a message getter that throws) still gives one, not a
 * second error that would unmount the host's page.
 */
export function failureText(error: unknown): string {
  try {
    return String((error as Error | null)?.message ?? error);
  } catch {
    return "no readable message";
  }
}
