import type { TypeDefinition } from "../../schema/types.js";

/** The four types vertailu knows without data. */
export type BuiltInTypeId = "horizontal-bpo" | "vertical-bpo" | "inbound-call-center" | "outbound-call-center";

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
    description: {
      fi: "Vastaanottaa puheluita, jotka on soitettu asiakaspalvelunumeroon.",
      en: "Receives calls made to the customer service number.",
    },
  },
  "outbound-call-center": {
    id: "outbound-call-center",
    family: "call-center",
    label: { fi: "Lähtevä puhelinkeskus", en: "Outbound call centre" },
    description: {
      fi: "Soittaa asiakkaille ymmärtääkseen ongelmat.",
      en: "Calls customers to understand their problems.",
    },
  },
};

export function isBuiltInType(id: string): id is BuiltInTypeId {
  return Object.hasOwn(builtInTypes, id);
}
