import { cx } from "class-variance-authority";
import { forwardRef, type HTMLAttributes, type Ref, type RefAttributes, useId } from "react";
import { Tooltip } from "../../internal/tooltip.js";
import { useConsoleError } from "../../internal/use-console-error.js";
import { type BuiltInTypeId, typeById } from "../../schema/builtin-types.js";
import { failureText } from "../../schema/failure-text.js";
import { resolveTextEntry } from "../../schema/text.js";
import type { Comparison, TypeDefinition } from "../../schema/types.js";
import { useVertailuContext } from "../../theme/context.js";
import { type TypeBadgeTone, typeBadgeVariants } from "./type-badge.variants.js";
import { typeBadgeGlyph } from "./type-badge-glyph.js";

interface TypeBadgeOwnProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children">, RefAttributes<HTMLSpanElement> {
  /** Locale of the label; else the provider's, else the data's default. */
  locale?: string | undefined;
  /** Badge size. @default md */
  size?: "sm" | "md" | undefined;
  /** Show the type's description in a tooltip (only when it has one). @default true */
  tooltip?: boolean | undefined;
}

/**
 * A badge's props. Without `data`, `type` is a built-in id or a whole definition, so a misspelt
 * built-in id is a compile error; with `data`, any id, which is looked up in its `types` first.
 */
export type TypeBadgeProps = TypeBadgeOwnProps &
  (
    | {
        /** A built-in type id, any type id of `data`, or a whole TypeDefinition. */
        type: BuiltInTypeId | TypeDefinition;
        /** The comparison whose `types` a string `type` is looked up in (before the built-ins). */
        data?: Comparison | undefined;
      }
    | {
        type: BuiltInTypeId | TypeDefinition | (string & {});
        data: Comparison;
      }
  );

function findType(type: TypeBadgeProps["type"], data: Comparison | undefined): TypeDefinition | undefined {
  // Anything else a host's JavaScript passes (a number, say) is an id no type has.
  return typeof type === "object" && type !== null ? type : typeById(type, data?.types);
}

function toneOf(definition: TypeDefinition): TypeBadgeTone {
  // A definition of a built-in id without a family of its own keeps the built-in one's.
  const family = definition.family ?? typeById(definition.id, undefined)?.family;
  return family === "bpo" || family === "call-center" ? family : "neutral";
}

/**
 * A type of an option, such as vertical BPO or an inbound call centre: a label that is always
 * visible text, a glyph that tells types of one family apart, and the family's colour.
 */
export const TypeBadge = forwardRef<HTMLSpanElement, TypeBadgeProps>(function TypeBadge(
  // `className` stays in `rest`: the class list below adds it to the badge's own.
  { type, data, locale, size, tooltip = true, tabIndex, ...rest },
  ref,
) {
  const providerLocale = useVertailuContext().locale;
  const descriptionId = useId();
  // The badge stands alone, outside any component's error box: what a host's data throws while it
  // is read (a getter, a proxy) becomes the badge's one-line alert, not a crash of the page.
  try {
    const definition = findType(type, data);
    if (!definition || typeof definition.id !== "string") {
      return (
        <UnknownType
          message={
            typeof type === "string"
              ? `unknown type ${JSON.stringify(type)}`
              : "expected a type id, or a definition with an id"
          }
          spanRef={ref}
          {...rest}
        />
      );
    }
    const defaultLocale = data?.defaultLocale ?? "en";
    const shownLocale = locale ?? providerLocale ?? defaultLocale;
    // Each text carries the language it is written in: a badge has no `lang` of its own, and its
    // label falls back to another language where the data has not translated it.
    const [label, labelLang] = resolveTextEntry(definition.label, shownLocale, defaultLocale);
    const [description, descriptionLang] = resolveTextEntry(definition.description, shownLocale, defaultLocale);
    // Truthy (the description itself) when the tooltip shows: an empty description is none.
    const withTooltip = tooltip && description;
    const face = (
      <>
        {typeBadgeGlyph(definition.id)}
        <span className="vertailu-type-badge__label" lang={labelLang}>
          {label || definition.id}
        </span>
      </>
    );
    // With a tooltip the pill holds a button: a focus stop with a role, named by the label alone.
    // Tooltip's describedBy makes the description the button's, once, from a `hidden` element that
    // stays out of the reading order. `tabIndex` goes to that button, the focus stop, when there is one.
    return (
      <span
        ref={ref}
        tabIndex={withTooltip ? undefined : tabIndex}
        {...rest}
        // No default of its own: the variants default to "md".
        className={cx(typeBadgeVariants({ tone: toneOf(definition), size }), rest.className)}
        data-slot="type-badge"
        data-type={definition.id}
      >
        {withTooltip ? (
          <Tooltip content={<span lang={descriptionLang}>{description}</span>} describedBy={descriptionId}>
            <button type="button" className="vertailu-type-badge__trigger" tabIndex={tabIndex}>
              {face}
            </button>
          </Tooltip>
        ) : (
          face
        )}
      </span>
    );
  } catch (error) {
    return <UnknownType message={`rendering failed: ${failureText(error)}`} spanRef={ref} {...rest} />;
  }
});

/**
 * What a badge shows for a type it cannot find: the problem in place, logged once. A badge is
 * inline and small, so this is a one-line alert rather than the components' error box. It takes
 * the badge's place in the host's layout: the host's props (class, style, id) and ref are its own.
 */
function UnknownType({
  message,
  spanRef,
  ...rest
}: { message: string; spanRef: Ref<HTMLSpanElement> } & HTMLAttributes<HTMLSpanElement>) {
  useConsoleError(`vertailu TypeBadge: type: ${message}`);
  return (
    <span
      ref={spanRef}
      {...rest}
      role="alert"
      lang="en"
      className={cx("vertailu-type-badge vertailu-type-badge--tone-neutral", rest.className)}
      data-slot="type-badge-error"
    >
      {message}
    </span>
  );
}
