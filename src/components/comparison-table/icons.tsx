/** The row description button's "i" in a ring; cells draw their icons in CSS from data-kind. */
export function infoIcon() {
  return (
    <svg className="vertailu-icon vertailu-icon--info" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 7.2v4M8 4.8v.1" />
    </svg>
  );
}
