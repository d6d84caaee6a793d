// A misspelt key in `messages` is a compile error that names it: `npm run typecheck` (part of
// `npm test`) fails if any @ts-expect-error below stops being an error. Each case also renders,
// and the misspelt key changes nothing on the page. The last test compiles the same mistakes with
// the TypeScript compiler and reads what it says, which @ts-expect-error cannot check.
import { dirname, join, resolve } from "node:path";
import { render, screen } from "@testing-library/react";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  ComparisonTable,
  type MessageOverrides,
  type Messages,
  messagesEn,
  ProsConsPanel,
  VertailuProvider,
} from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

const root = resolve(import.meta.dirname, "../..");

const checkbox = (name: string) => screen.getByRole("checkbox", { name });

describe("messages, typed", () => {
  it("takes one set for every language, a set per language, and a whole set under a language", () => {
    const sv: Messages = { ...messagesEn, differencesOnly: "Visa bara skillnader" };
    const sets: MessageOverrides<Messages>[] = [
      { differencesOnly: "Only what differs", pros: "For" },
      { fi: { differencesOnly: "Vain erot" }, en: { differencesOnly: "Only what differs" } },
      // Norwegian: a two-letter key that is also a string's key stays open to a language.
      { no: { differencesOnly: "Bare forskjeller" } },
      { sv },
      {},
    ];
    expect(sets).toHaveLength(5);
  });

  it("names a misspelt key in the set for every language, on the provider and on a component", () => {
    render(
      // @ts-expect-error: 'showDiferencesOnly' does not exist; did you mean 'differencesOnly'?
      <VertailuProvider locale="en" messages={{ showDiferencesOnly: "Only what differs" }}>
        {/* @ts-expect-error: 'diferencesOnly' does not exist; did you mean 'differencesOnly'? */}
        <ComparisonTable data={bpoVsCallCenter} messages={{ diferencesOnly: "Only what differs" }} />
      </VertailuProvider>,
    );
    expect(checkbox(messagesEn.differencesOnly)).toBeInTheDocument();
  });

  it("names a misspelt key beside one spelt right", () => {
    render(
      <ProsConsPanel
        data={bpoVsCallCenter}
        option="bpo"
        locale="en"
        // @ts-expect-error: 'prosConOf' does not exist; did you mean 'prosConsOf'?
        messages={{ pros: "For", prosConOf: "For and against: {option}" }}
      />,
    );
    expect(screen.getByRole("heading", { name: "For" })).toBeInTheDocument();
    expect(screen.queryByText(/For and against/)).not.toBeInTheDocument();
    render(
      <ComparisonTable
        data={minimalComparison()}
        locale="en"
        layout="table"
        // @ts-expect-error: 'diferencesOnly' does not exist; did you mean 'differencesOnly'?
        messages={{ yes: "Yep", diferencesOnly: "Only what differs" }}
      />,
    );
    expect(screen.getByText("Yep")).toBeInTheDocument();
    expect(checkbox(messagesEn.differencesOnly)).toBeInTheDocument();
  });

  it("turns down a set under a locale tag, which is never read: sets go under a language", () => {
    render(
      <ComparisonTable
        data={bpoVsCallCenter}
        locale="fi-FI"
        // @ts-expect-error: 'fi-FI' is no language key (the set for Finnish is under 'fi')
        messages={{ "fi-FI": { differencesOnly: "Erot" } }}
      />,
    );
    expect(screen.queryByRole("checkbox", { name: "Erot" })).not.toBeInTheDocument();
  });

  it("still names a misspelt key in a language's set", () => {
    render(
      <ComparisonTable
        data={bpoVsCallCenter}
        locale="en"
        // @ts-expect-error: 'diferencesOnly' does not exist; did you mean 'differencesOnly'?
        messages={{ en: { diferencesOnly: "Only what differs" } }}
      />,
    );
    expect(checkbox(messagesEn.differencesOnly)).toBeInTheDocument();
  });
});

describe("what TypeScript says about a misspelt key", () => {
  /** The compiler's messages for `code`, a .tsx file beside this one, under the project's tsconfig. */
  function diagnosticsOf(code: string): string[] {
    const configFile = join(root, "tsconfig.json");
    const config = ts.getParsedCommandLineOfConfigFile(
      configFile,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
        },
      },
    );
    if (!config) throw new Error("tsconfig.json cannot be read");
    const fileName = join(dirname(configFile), "test", "unit", "message-overrides.sample.tsx");
    const host = ts.createCompilerHost(config.options);
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (name, languageVersion, ...rest) =>
      name === fileName
        ? ts.createSourceFile(name, code, languageVersion, true, ts.ScriptKind.TSX)
        : getSourceFile.call(host, name, languageVersion, ...rest);
    const fileExists = host.fileExists;
    host.fileExists = (name) => name === fileName || fileExists.call(host, name);
    const program = ts.createProgram([fileName], config.options, host);
    return ts
      .getPreEmitDiagnostics(program, program.getSourceFile(fileName))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  }

  const sample = (provider: string, table: string) => `
    import { ComparisonTable, VertailuProvider } from "../../src/index.js";
    import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
    export const page = (
      <VertailuProvider locale="en" messages={{ ${provider}: "Only what differs" }}>
        <ComparisonTable data={bpoVsCallCenter} messages={{ yes: "Yep", ${table}: "Only what differs" }} />
      </VertailuProvider>
    );
  `;

  it("names the key and the one it most likely meant, as for a set under a language", () => {
    expect(diagnosticsOf(sample("showDiferencesOnly", "diferencesOnly"))).toEqual([
      "Object literal may only specify known properties, but 'showDiferencesOnly' does not exist in type " +
        "'MessageOverrides<Messages>'. Did you mean to write 'differencesOnly'?",
      "Object literal may only specify known properties, but 'diferencesOnly' does not exist in type " +
        "'Partial<WithPluralForms<ExportMessages>>'. Did you mean to write 'differencesOnly'?",
    ]);
    // Spelt right, the same page compiles.
    expect(diagnosticsOf(sample("differencesOnly", "differencesOnly"))).toEqual([]);
  }, 60_000);
});
