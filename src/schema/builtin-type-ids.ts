/** The ids of the four types vertailu knows without data: data may refer to them without declaring them. */
export const BUILT_IN_TYPE_IDS: readonly string[] = [
  "horizontal-bpo",
  "vertical-bpo",
  "inbound-call-center",
  "outbound-call-center",
];
