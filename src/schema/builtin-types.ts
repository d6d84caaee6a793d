import { ownEntry } from "./list.js";
import type { TypeDefinition } from "./types.js";

/** The four types vertailu knows without data. Their descriptions, for tooltips, come with the data. */
export type BuiltInTypeId = "horizontal-bpo" | "vertical-bpo" | "inbound-call-center" | "outbound-call-center";

/**
 * The built-in types by id, with their Finnish and English labels and their family, which gives a
 * badge its tone. A `TypeBadge` or a types cell finds a type here when the data does not list it.
 */
export const builtInTypes: Record<BuiltInTypeId, TypeDefinition> = {
  "horizontal-bpo": {
    id: "horizontal-bpo",
    family: "bpo",
    label: { fi: "Vaakasuuntainen BPO", en: "Horizontal BPO" },
  },
  "vertical-bpo": {
    id: "vertical-bpo",
    family: "bpo",
    label: { fi: "Pystysuora BPO", en: "Vertical BPO" },
  },
  "inbound-call-center": {
    id: "inbound-call-center",
    family: "call-center",
    label: { fi: "Saapuva puhelinkeskus", en: "Inbound call centre" },
  },
  "outbound-call-center": {
    id: "outbound-call-center",
    family: "call-center",
    label: { fi: "Lähtevä puhelinkeskus", en: "Outbound call centre" },
  },
};

export function isBuiltInType(id: string): id is BuiltInTypeId {
  return Object.hasOwn(builtInTypes, id);
}

/** A type by id: the data's own definition, else the built-in one. Badges and table text both use it. */
export function typeById(id: string, types: readonly TypeDefinition[] | undefined): TypeDefinition | undefined {
  const fromData = Array.isArray(types) ? types.find((candidate) => candidate?.id === id) : undefined;
  return fromData ?? ownEntry(builtInTypes, id);
}
