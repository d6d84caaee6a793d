import type { Answer, CellValue, Comparison, Group, Option, Parameter, Question } from "./types.js";

/**
 * `T` where it is only checked against: TypeScript learns the ids from where they are defined (the
 * options' ids, say), never from where they are used (the keys of a parameter's values), so a typo
 * in a use is an error instead of one more id. (The built-in `NoInfer` needs TypeScript 5.4.)
 */
type Known<T> = [T][T extends unknown ? 0 : never];

/**
 * A comparison whose option, parameter and group ids TypeScript knows: what `defineComparison`
 * takes and returns. Every parameter has a value under each option id and under no other, a
 * parameter's group is one of the groups, and an answer's effects and parameters name options and
 * parameters that exist.
 */
export type DefinedComparison<
  OptionId extends string = string,
  ParameterId extends string = string,
  GroupId extends string = string,
> = Omit<Comparison, "options" | "parameters" | "groups" | "questions"> & {
  options: readonly (Option & { id: OptionId })[];
  parameters: readonly (Omit<Parameter, "id" | "group" | "values"> & {
    id: ParameterId;
    group?: Known<GroupId> | undefined;
    values: { readonly [Id in Known<OptionId>]: CellValue };
  })[];
  groups?: readonly (Group & { id: GroupId })[] | undefined;
  questions?:
    | readonly (Omit<Question, "answers"> & {
        answers: readonly (Omit<Answer, "effects" | "parameters"> & {
          // Ids it does not know (options built at run time, or data typed `Comparison` already) keep
          // `Answer`'s own index signature, so the result is still a `Comparison`.
          effects: string extends OptionId
            ? { readonly [optionId: string]: number }
            : { readonly [Id in Known<OptionId>]?: number };
          parameters?: readonly Known<ParameterId>[] | undefined;
        })[];
      })[]
    | undefined;
};

/**
 * Comparison data written in TypeScript, checked for its ids as it is written: a value under an
 * option id that does not exist (a typo), an option a parameter has no value for, a group or a
 * parameter that is not there are compile errors, which `Comparison` alone cannot catch. It returns
 * the data as given; `parseComparison` still checks the rest (unique ids, URLs, dates) when it runs.
 *
 * ```ts
 * const laptops = defineComparison({
 *   schemaVersion: 1, id: "laptops", title: "Laptops",
 *   options: [{ id: "light", name: "Light" }, { id: "strong", name: "Strong" }],
 *   parameters: [{ id: "weight", label: "Weight", values: { light: "1.1 kg", strong: "2.4 kg" } }],
 * });
 * ```
 */
export function defineComparison<
  const OptionId extends string,
  const ParameterId extends string,
  const GroupId extends string = never,
>(comparison: DefinedComparison<OptionId, ParameterId, GroupId>): DefinedComparison<OptionId, ParameterId, GroupId> {
  return comparison;
}
