/** Shapes that carry a cell's meaning next to its words: never colour alone. */
const paths = {
  yes: "M3.5 8.5l3 3 6-7",
  no: "M4.5 4.5l7 7M11.5 4.5l-7 7",
  partial: "",
  na: "M4 8h8",
  unknown: "M6 6.2a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.3M8 11.6v.1",
  info: "M8 7.2v4M8 4.8v.1",
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ?? `vertailu-icon vertailu-icon--${name}`}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {name === "partial" ? (
        <>
          <circle cx="8" cy="8" r="5.5" className="vertailu-icon__ring" />
          <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" className="vertailu-icon__fill" />
        </>
      ) : name === "info" ? (
        <>
          <circle cx="8" cy="8" r="6.25" className="vertailu-icon__ring" />
          <path d={paths.info} />
        </>
      ) : (
        <path d={paths[name]} />
      )}
    </svg>
  );
}
