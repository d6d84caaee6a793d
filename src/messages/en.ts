/**
 * Built-in strings, English. Every user-visible string a component shows comes from here (or fi.ts),
 * and a host overrides any of them through the `messages` prop or the provider.
 * `{name}` marks a value filled in at run time; keys ending in _one/_other are plural forms.
 */
export const en = {
  // Shared
  recommended: "Recommended",
  yes: "Yes",
  no: "No",
  partial: "Partial",
  notApplicable: "Not applicable",
  unknown: "Unknown",
  moreInfo: "About {label}",
  errorTitle: "This comparison cannot be shown",
  errorAt: "at {path}",
  // ComparisonTable
  parameterColumn: "Parameter",
  differencesOnly: "Show differences only",
  rowsHidden_one: "{count} identical row hidden",
  rowsHidden_other: "{count} identical rows hidden",
  noRowsHidden: "All rows shown",
  notesHeading: "Notes",
  sourcesHeading: "Sources",
  noteLink: "Note {number}",
  backToCell: "Back to the table",
  ratingValue: "{value} of {max}",
  optionPicker: "Options to compare",
  optionPickerHint: "Choose at least two.",
  downloadCsv: "Download CSV",
  scrollRegion: "{title} (scrolls sideways)",
  expandGroup: "Show group {label}",
  collapseGroup: "Hide group {label}",
  accessed: "read {date}",
  // ProsConsPanel
  pros: "Pros",
  cons: "Cons",
  prosConsOf: "Pros and cons: {option}",
  weightValue: "weight {value} of 5",
  noItems: "None listed",
} as const;

export type MessageKey = keyof typeof en;
/** The built-in strings of one locale. */
export type Messages = { [K in MessageKey]: string };
