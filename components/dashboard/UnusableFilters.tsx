// A link whose filters cannot all be used must not quietly show more than it asks for: say
// which values were set aside and offer the link without them.
import { FILTERS, type UnusableFilter } from "@/lib/incidents/filters";

export function UnusableFilters({ unusable, clearHref }: { unusable: UnusableFilter[]; clearHref: string }) {
  if (unusable.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
      data-testid="unusable-filters"
    >
      <p className="font-semibold">
        {unusable.length === 1 ? "A filter in this link cannot be used" : `${unusable.length} filters in this link cannot be used`}; the view below leaves{" "}
        {unusable.length === 1 ? "it" : "them"} out:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {unusable.map((u) => (
          <li key={`${u.key}=${u.value}`}>
            {FILTERS[u.key].label} <code className="rounded bg-amber-100 px-1 dark:bg-amber-900">{u.value || "(empty)"}</code>: {u.message}
          </li>
        ))}
      </ul>
      <a className="mt-2 inline-block font-medium text-blue-800 underline dark:text-blue-200" href={clearHref}>
        Remove {unusable.length === 1 ? "it" : "them"} from the link
      </a>
    </div>
  );
}
