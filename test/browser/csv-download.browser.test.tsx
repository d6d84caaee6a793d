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

  /** The first bytes of a download, and its text after them. */
  async function read(blob: Blob | undefined) {
    const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
    return { bom: [...bytes.slice(0, 3)].join(" ") === "239 187 191", text: new TextDecoder().decode(bytes) };
  }

  it("writes a file Excel opens into columns: a byte order mark, and ; between fields in Finnish", async () => {
    render(
      <ComparisonTable data={minimalComparison()} locale="fi" layout="table" toolbar={<CsvDownloadButton />}>
        <ParameterRow parameter="check" />
      </ComparisonTable>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Lataa CSV" }));
    const file = await read(downloads[0]);
    expect(file.bom).toBe(true);
    expect(file.text).toBe("Parametri;Alpha;Beeta\r\nCheck;Kyllä;Osittain\r\n");
  });

  it("separates fields with , in English, and takes the separator and byte order mark it is given", async () => {
    const { rerender } = render(
      <ComparisonTable data={minimalComparison()} locale="en" layout="table" toolbar={<CsvDownloadButton />}>
        <ParameterRow parameter="check" />
      </ComparisonTable>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    expect(await read(downloads[0])).toEqual({ bom: true, text: "Parameter,Alpha,Beta\r\nCheck,Yes,Partial\r\n" });
    rerender(
      <ComparisonTable
        data={minimalComparison()}
        locale="fi"
        layout="table"
        toolbar={<CsvDownloadButton separator={"\t"} bom={false} />}
      >
        <ParameterRow parameter="check" />
      </ComparisonTable>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Lataa CSV" }));
    expect(await read(downloads[1])).toEqual({
      bom: false,
      text: "Parametri\tAlpha\tBeeta\r\nCheck\tKyllä\tOsittain\r\n",
    });
  });
});
