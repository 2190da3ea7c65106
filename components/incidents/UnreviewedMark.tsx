// The mark of an incident no editor has looked at yet (it arrived by itself): on the table, the cards and the map's popups.
export function UnreviewedMark({ reviewed }: { reviewed: boolean }) {
  if (reviewed) return null;
  return (
    <span
      data-testid="unreviewed-mark"
      title="Arrived by itself: no editor has reviewed it yet"
      className={
        "ml-1.5 inline-block whitespace-nowrap rounded border border-violet-700 px-1 align-middle text-xs font-medium " +
        "text-violet-800 dark:border-violet-300 dark:text-violet-200"
      }
    >
      unreviewed
    </span>
  );
}
