// A cell with a note reads as its words and then the note's link: "Unknown, Note 1" to the ear, and
// "Unknown Note 1" in braille or as the cell's name, never the run-together "UnknownNote 1" (the
// superscript number sits right after the words, with no space for the accessible name to keep).
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable } from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

describe("a cell with a note", () => {
  it("is named by its words and its note's link, apart", async () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="table" />);
    await expect.element(page.getByRole("cell", { name: "Unknown Note 1", exact: true })).toBeInTheDocument();
  });

  it("keeps them apart after a sentence's full stop too, in Finnish", async () => {
    render(<ComparisonTable data={bpoVsCallCenter} locale="fi" layout="table" />);
    await expect.element(page.getByRole("cell", { name: "Ei tiedossa Huomautus 1", exact: true })).toBeInTheDocument();
    await expect.element(page.getByRole("cell", { name: /ryhmissä\. Huomautus 2$/ })).toHaveTextContent(/ryhmissä\.2$/);
  });
});
