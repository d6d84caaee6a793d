/**
 * A comparison with five mistakes, for the Schema page's live error example and the JSON recipe
 * (stories/assets/broken.json holds the same object; a unit test keeps the two equal).
 */
export const brokenExample = {
  schemaVersion: 1,
  id: "bpo-vs-call-center",
  defaultLocale: "fi",
  title: { fi: "BPO vs puhelinkeskus", en: "BPO vs call centre" },
  options: [
    { id: "bpo", name: "BPO", types: ["diagonal-bpo"] },
    { id: "call-center", name: { en: "Call centre" } },
  ],
  parameters: [
    { id: "scope", label: "Laajuus", values: { bpo: "Laaja", "call-center": "Kapea" } },
    {
      id: "channels",
      label: "Kanavat",
      values: {
        bpo: { kind: "list", items: ["Puhelin", "Chat", "Sähköposti"] },
        "call-center": { kind: "list", items: ["Puhelin"] },
      },
    },
    { id: "cost", label: "Kustannustaso", values: { bpo: { kind: "rating", value: 7, max: 5 } } },
    {
      id: "always-open",
      label: "Auki ympäri vuorokauden",
      values: { bpo: { kind: "check", value: "maybe" }, "call-center": { kind: "check", value: "yes" } },
    },
  ],
};
