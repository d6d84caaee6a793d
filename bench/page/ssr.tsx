// The server side: every candidate's tree, for renderToString in Node.
import { renderToString } from "react-dom/server";
import { mantine } from "./candidates/mantine.tsx";
import { plain } from "./candidates/plain.tsx";
import { primer } from "./candidates/primer.tsx";
import { vertailu } from "./candidates/vertailu.tsx";
import { dataFor } from "./data.ts";

export const candidates = { plain, vertailu, primer, mantine };
export { dataFor, renderToString };
