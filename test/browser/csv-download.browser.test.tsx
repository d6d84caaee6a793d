import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ComparisonTable, CsvDownloadButton, ParameterRow } from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

// The real download runs; URL.createObjectURL is wrapped only to read the file it is given.
const createObjectURL = URL.createObjectURL;
const downloads: Blob[] = [];
URL.createObjectURL = (object: Blob | MediaSource) => {
  if (object instanceof Blob) downloads.push(object);
  return createObjectURL.call(URL, object);
};
afterEach(() => {
  downloads.length = 0;
});

describe("CsvDownloadButton downloads what the table shows", () => {
  it("uses the table's rows, options and overridden strings", async () => {
    render(
      <ComparisonTable
        data={minimalComparison()}
        locale="en"
        layout="table"
        messages={{ yes: "Yep", parameterColumn: "Aspect" }}
        toolbar={<CsvDownloadButton fileName="subset" />}
      >
        <ParameterRow parameter="check" />
        <ParameterRow parameter="text" />
      </ComparisonTable>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    expect(downloads).toHaveLength(1);
    expect(await downloads[0]?.text()).toBe("Aspect,Alpha,Beta\r\nCheck,Yep,Partial\r\nText,plain,y\r\n");
  });
});
