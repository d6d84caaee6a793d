/** A small shape that tells types of one family apart without colour. A plain function: it keeps no state. */
export function typeBadgeGlyph(typeId: string) {
  const path = glyphs[typeId];
  return (
    <svg className="vertailu-type-badge__glyph" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true">
      {path ? <path d={path} /> : <circle cx="8" cy="8" r="3" />}
    </svg>
  );
}

// No prototype: a type named "toString" gets the dot, not Object.prototype's function.
const glyphs = {
  __proto__: null,
  // Two arrows side by side: work spread across functions
  "horizontal-bpo": "M2 6h10M9 3l3 3-3 3M14 10H4M7 13l-3-3 3-3",
  // Two arrows up and down: one industry, end to end
  "vertical-bpo": "M6 14V4M3 7l3-3 3 3M10 2v10M7 9l3 3 3-3",
  // An arrow coming in
  "inbound-call-center": "M13 3L4 12M4 6v6h6",
  // An arrow going out
  "outbound-call-center": "M3 13l9-9M6 4h6v6",
} as unknown as Record<string, string | undefined>;
