/** Shapes that tell a pro from a con without colour: a plus in a circle, a minus in a circle. */
export function proConIcon(kind: "pro" | "con") {
  return (
    <svg
      className="vertailu-pros-cons__icon"
      data-kind={kind}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
    >
      <circle cx="8" cy="8" r="6.75" />
      <path d={kind === "pro" ? "M5 8h6M8 5v6" : "M5 8h6"} />
    </svg>
  );
}

/**
 * A weight of 0–5 as a filled share of a track; the number itself is always given as text beside it.
 * Stretched to the box its tokens give it (--vertailu-weight-bar-width, --vertailu-bar-size): kept
 * in proportion, a wider box would centre a shorter bar in it, and 5 of 5 would read as less.
 */
export function weightBar(weight: number) {
  return (
    <svg
      className="vertailu-pros-cons__weight-bar"
      viewBox="0 0 50 6"
      width="50"
      height="6"
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <rect className="vertailu-pros-cons__weight-track" x="0" y="0" width="50" height="6" rx="3" />
      {weight > 0 && (
        <rect className="vertailu-pros-cons__weight-fill" x="0" y="0" width={weight * 10} height="6" rx="3" />
      )}
    </svg>
  );
}
