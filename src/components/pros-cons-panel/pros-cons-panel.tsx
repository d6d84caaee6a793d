import { cx } from "class-variance-authority";
import { forwardRef, type HTMLAttributes, type RefAttributes, useId } from "react";
import { checkRenderable } from "../../internal/check-data.js";
import { ErrorBoundary, ErrorBox } from "../../internal/error-box.js";
import { type Strings, useStrings } from "../../internal/use-strings.js";
import { withBoundary } from "../../internal/with-boundary.js";
import { format, formatNumber, type MessageOverrides } from "../../messages/index.js";
import type { Comparison, SchemaIssue } from "../../schema/types.js";
import { prosConsJsonLd, serializeJsonLd } from "./json-ld.js";
import { type ProsConsMessages, prosConsMessages } from "./messages.js";
import { checkProsCons, type ResolvedOption, resolveOptions } from "./pros-cons-data.js";
import { proConIcon, weightBar } from "./pros-cons-icons.js";
import { type ProsConsPanelVariant, prosConsPanelVariants } from "./pros-cons-panel.variants.js";

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface ProsConsPanelProps
  extends Omit<HTMLAttributes<HTMLDivElement>, "children">,
    RefAttributes<HTMLDivElement> {
  /** The comparison whose options' pros and cons are shown. */
  data: Comparison;
  /** Id of the one option to show. */
  option?: string | undefined;
  /** Ids of the options to show side by side, in this order; wins over `option`. @default every option */
  options?: readonly string[] | undefined;
  /** Heading level of each option's name; "Pros" and "Cons" are one level below (at most 6). @default 3 */
  headingLevel?: HeadingLevel | undefined;
  /** Show each option's description under its name. @default false */
  showDescription?: boolean | undefined;
  /** A bordered card per option, or a tighter look without card chrome. @default "card" */
  variant?: ProsConsPanelVariant | undefined;
  /** Also emit the pros and cons as schema.org JSON-LD (Product with positiveNotes and negativeNotes). @default false */
  structuredData?: boolean | undefined;
  /** Locale of the texts; else the provider's, else the data's default. */
  locale?: string | undefined;
  /** Overrides for built-in strings. */
  messages?: MessageOverrides<ProsConsMessages> | undefined;
}

function clampLevel(level: unknown): HeadingLevel {
  const number = typeof level === "number" && Number.isFinite(level) ? Math.round(level) : 3;
  return Math.min(6, Math.max(1, number)) as HeadingLevel;
}

/** The option ids to show, and what keeps the panel from showing them. */
function checkPanel(data: unknown, option: unknown, options: unknown): { ids: string[]; issues: SchemaIssue[] } {
  // `null` counts as not given, as for every component's props.
  if (options != null && !Array.isArray(options)) {
    return { ids: [], issues: [{ path: "options", message: "expected the options prop to be a list of option ids" }] };
  }
  const asked = options != null ? [...new Set(options.map(String))] : option != null ? [String(option)] : undefined;
  // One option is enough, and the panel shows no parameter values. An unknown id is said under the
  // prop that named it: `option`, or `options`, which wins.
  const issues = checkRenderable(data, asked, 1, false).map((issue) =>
    options == null && issue.message.startsWith("unknown option") ? { ...issue, path: "option" } : issue,
  );
  if (issues.length > 0) return { ids: [], issues };
  const comparison = data as Comparison;
  const ids = asked ?? comparison.options.map((each) => each.id);
  return { ids, issues: checkProsCons(comparison, ids) };
}

const ProsConsPanelInner = forwardRef<HTMLDivElement, ProsConsPanelProps>(function ProsConsPanel(
  {
    data,
    option,
    options,
    headingLevel = 3,
    // Both read only as conditions: undefined is their default, false.
    showDescription,
    variant = "card",
    structuredData,
    locale,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const strings = useStrings(locale, messages, data, prosConsMessages);
  const baseId = useId();
  const { ids, issues } = checkPanel(data, option, options);
  if (issues.length > 0) {
    return (
      <ErrorBox
        {...rest}
        boxRef={ref}
        className={className}
        component="ProsConsPanel"
        messages={strings.messages}
        issues={issues}
      />
    );
  }

  const shown = resolveOptions(data, ids, strings.locale, strings.lang);
  const level = clampLevel(headingLevel);
  return (
    <div
      ref={ref}
      lang={strings.lang}
      {...rest}
      className={cx(prosConsPanelVariants({ variant }), className)}
      data-slot="pros-cons-panel"
      data-variant={variant}
    >
      <div className="vertailu-pros-cons__options">
        {/* Called, not rendered: the sections keep no state of their own. */}
        {shown.map((each, index) => optionSection(each, `${baseId}-${index}`, level, showDescription, strings))}
      </div>
      {structuredData ? (
        // A page that enforces Trusted Types refuses the script element React writes through
        // innerHTML: the panel goes on without its JSON-LD, and React logs why.
        <ErrorBoundary>
          <script
            type="application/ld+json"
            // The one place vertailu sets HTML: JSON-LD must be the script's raw text, and
            // serializeJsonLd escapes < > & U+2028 U+2029 so no content can end the element.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped JSON-LD, tested against </script>
            dangerouslySetInnerHTML={{ __html: serializeJsonLd(prosConsJsonLd(shown)) }}
          />
        </ErrorBoundary>
      ) : null}
    </div>
  );
});

/** The panel's locale and strings. */
type PanelText = Pick<Strings<ProsConsMessages>, "locale" | "messages">;

/** One option's section; `id` is what its groups' heading ids start with. */
function optionSection(
  option: ResolvedOption,
  id: string,
  level: HeadingLevel,
  showDescription: boolean | undefined,
  text: PanelText,
) {
  const Heading = `h${level}` as const;
  const subLevel = Math.min(level + 1, 6) as HeadingLevel;
  const { messages } = text;
  return (
    <section
      key={option.id}
      className="vertailu-pros-cons__option"
      aria-label={format(messages.prosConsOf, { option: option.name })}
      data-slot="pros-cons-option"
      data-option={option.id}
      data-recommended={option.recommended ? "" : undefined}
    >
      <div className="vertailu-pros-cons__header">
        {/* "Recommended" is heard with the name, so a reader moving by headings hears it too; the
            pill beside the heading shows it. */}
        <Heading className="vertailu-pros-cons__name">
          <span lang={option.nameLang}>{option.name}</span>
          {option.recommended && <span className="vertailu-visually-hidden">{messages.recommended}</span>}
        </Heading>
        {option.recommended && (
          <span className="vertailu-pros-cons__recommended" data-slot="recommended" aria-hidden="true">
            {messages.recommended}
          </span>
        )}
      </div>
      {showDescription && option.description ? (
        <p className="vertailu-pros-cons__description" lang={option.descriptionLang}>
          {option.description}
        </p>
      ) : null}
      <div className="vertailu-pros-cons__groups">
        {itemGroup("pro", option, id, subLevel, text)}
        {itemGroup("con", option, id, subLevel, text)}
      </div>
    </section>
  );
}

/** An option's pros or cons; `id` is the option section's, which the group's heading id starts with. */
function itemGroup(
  kind: "pro" | "con",
  option: ResolvedOption,
  id: string,
  level: HeadingLevel,
  { locale, messages }: PanelText,
) {
  const Heading = `h${level}` as const;
  const slot = kind === "pro" ? "pros" : "cons";
  const items = option[slot];
  const headingId = `${id}-${slot}`;
  return (
    <div className="vertailu-pros-cons__group" data-slot={slot} data-kind={kind}>
      <Heading id={headingId} className="vertailu-pros-cons__group-heading">
        {proConIcon(kind)}
        {messages[slot]}
      </Heading>
      {items.length === 0 ? (
        <p className="vertailu-pros-cons__empty">{messages.noItems}</p>
      ) : (
        // Safari drops list semantics from a list without markers unless the role is explicit.
        // biome-ignore lint/a11y/noRedundantRoles: see above
        <ul className="vertailu-pros-cons__list" role="list" aria-labelledby={headingId}>
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are texts without ids and may repeat
            <li key={index} className="vertailu-pros-cons__item" data-slot="pros-cons-item">
              {proConIcon(kind)}
              <span className="vertailu-pros-cons__item-body">
                <span className="vertailu-pros-cons__text" lang={item.lang}>
                  {item.text}
                </span>
                {item.weight !== undefined && (
                  <span className="vertailu-pros-cons__weight" data-slot="weight">
                    {weightBar(item.weight)}
                    <span className="vertailu-pros-cons__weight-text">
                      {format(messages.weightValue, { value: formatNumber(item.weight, locale) })}
                    </span>
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The pros and cons of one option, or of several side by side: semantic lists under headings,
 * each item marked by shape as well as colour, with optional weights and schema.org JSON-LD.
 * Side by side in a wide container, stacked in a narrow one.
 */
export const ProsConsPanel = withBoundary<HTMLDivElement, ProsConsPanelProps>("ProsConsPanel", ProsConsPanelInner);
