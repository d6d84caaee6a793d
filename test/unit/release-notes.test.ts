// The release notes waiting in .changeset/ are read by Changesets as a maintainer's `npx changeset
// version` reads them: each names vertailu with a bump and says what changed.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import parse from "@changesets/parse";
import { describe, expect, it } from "vitest";

const folder = resolve(import.meta.dirname, "../../.changeset");
const changesets = readdirSync(folder).filter((file) => file.endsWith(".md") && file !== "README.md");

describe("the pending changesets", () => {
  it("are there: the first release's notes wait for `changeset version`", () => {
    expect(changesets).toContain("first-release.md");
  });

  for (const file of changesets) {
    it(`${file} names vertailu with a bump and has a summary`, () => {
      const { releases, summary } = parse(readFileSync(resolve(folder, file), "utf8"));
      expect(releases).toEqual([{ name: "vertailu", type: expect.stringMatching(/^(major|minor|patch)$/) }]);
      expect(summary.length).toBeGreaterThan(40);
    });
  }
});
