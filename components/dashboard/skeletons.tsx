// Loading placeholders with the shape of the widgets they stand for.
const block = "animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800";

export function FilterSkeleton() {
  return <div className={`${block} h-32`} role="status" aria-label="Loading filters" />;
}

export function CardsSkeleton() {
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-4" role="status" aria-label="Loading totals">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className={`${block} h-[5.5rem]`} />
      ))}
    </div>
  );
}

export function MapAreaSkeleton() {
  return <div className={`${block} h-[380px] sm:h-full`} role="status" aria-label="Loading map" />;
}

export function ChartsSkeleton() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading charts">
      <div className={`${block} h-72`} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className={`${block} h-40`} />
        <div className={`${block} h-40`} />
      </div>
    </div>
  );
}

export function TableSkeleton() {
  return (
    <div className="flex flex-col gap-1" role="status" aria-label="Loading incidents">
      {Array.from({ length: 6 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: six identical placeholder rows that never reorder.
        <div key={i} className={`${block} h-9`} />
      ))}
    </div>
  );
}

export function TalliesSkeleton() {
  return <div className={`${block} h-40`} role="status" aria-label="Loading running totals" />;
}
