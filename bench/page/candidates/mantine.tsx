// @mantine/core's Table with its `data` prop inside MantineProvider, fed the same cell texts.
// It has no differences-only mode.
import { MantineProvider, Table } from "@mantine/core";
import type { Candidate } from "../harness.tsx";
import { textsFor } from "../text.ts";

export const mantine: Candidate = {
  render(data, { locale }) {
    const texts = textsFor(data, locale);
    return (
      <MantineProvider>
        <Table
          data={{
            caption: texts.title,
            head: ["", ...texts.optionNames],
            body: data.parameters.map((parameter) => [texts.label(parameter.label), ...texts.cells(parameter)]),
          }}
        />
      </MantineProvider>
    );
  },
  differences: false,
};
