import tokensCss from "../../src/theme/tokens.css?raw";
import { ScrollBox } from "./scroll-box.js";
import { parseTokens, resolveReferences, sampleKind, type Token } from "./tokens.js";
import "./docs.css";

/** A small sample of a colour or a shadow; the value is always written next to it as text. */
function Sample({
  token,
  value,
  scheme,
  tokens,
}: {
  token: Token;
  value: string;
  scheme: "light" | "dark";
  tokens: readonly Token[];
}) {
  const kind = sampleKind(token);
  if (!kind) return null;
  const resolved = resolveReferences(value, tokens, scheme);
  if (kind === "color") return <span aria-hidden="true" className="docs-swatch" style={{ background: resolved }} />;
  // A shadow shows on a box of the theme's raised surface, on the theme's surface.
  const surface = resolveReferences("var(--vertailu-color-surface)", tokens, scheme);
  const raised = resolveReferences("var(--vertailu-color-surface-raised)", tokens, scheme);
  return (
    <span aria-hidden="true" className="docs-shadow-sample" style={{ background: surface }}>
      <span style={{ background: raised, boxShadow: resolved }} />
    </span>
  );
}

function Value({ token, scheme, tokens }: { token: Token; scheme: "light" | "dark"; tokens: readonly Token[] }) {
  const value = scheme === "light" ? token.light : token.dark;
  return (
    <span className="docs-token-value">
      <Sample token={token} value={value} scheme={scheme} tokens={tokens} />
      <code>{value}</code>
    </span>
  );
}

/**
 * Every `--vertailu-*` token of the shipped tokens.css with its light and dark value, read from
 * the file itself so the table cannot fall behind it.
 */
export function TokenTable({ css = tokensCss }: { css?: string }) {
  const tokens = parseTokens(css);
  const groups = [...new Set(tokens.map((token) => token.group))];
  return (
    <ScrollBox label="Design tokens">
      <table className="docs-table docs-token-table">
        <caption>
          {tokens.length} tokens in <code>tokens.css</code>. A value that is the same in both themes spans both columns.
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        {groups.map((group) => {
          const members = tokens.filter((token) => token.group === group);
          const note = members[0]?.groupNote;
          return (
            <tbody key={group}>
              <tr className="docs-token-group">
                <th scope="colgroup" colSpan={3}>
                  {group}
                  {note && <span className="docs-muted">: {note}</span>}
                </th>
              </tr>
              {members.map((token) => (
                <tr key={token.name} data-token={token.name}>
                  <th scope="row">
                    <code>{token.name}</code>
                    {token.note && <div className="docs-muted">{token.note}</div>}
                    {token.forcedColors && (
                      <div className="docs-muted">
                        forced colours: <code>{token.forcedColors}</code>
                      </div>
                    )}
                    {token.reducedMotion && (
                      <div className="docs-muted">
                        reduced motion: <code>{token.reducedMotion}</code>
                      </div>
                    )}
                  </th>
                  {token.themed ? (
                    <>
                      <td>
                        <Value token={token} scheme="light" tokens={tokens} />
                      </td>
                      <td>
                        <Value token={token} scheme="dark" tokens={tokens} />
                      </td>
                    </>
                  ) : (
                    <td colSpan={2}>
                      <Value token={token} scheme="light" tokens={tokens} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </ScrollBox>
  );
}
