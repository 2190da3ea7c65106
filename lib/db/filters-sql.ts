// Turns the parsed incident filters into SQL for the aggregate queries and into a Prisma
// where-input for the row queries; both from the same rules so the sums and the lists agree.
import { Prisma } from "@/lib/db/client";
import type { IncidentFilters } from "@/lib/api/filters";

type Where = NonNullable<Prisma.IncidentWhereInput>;

function yearRange(year: number): { gte: string; lt: string } {
  return { gte: `${year}-01-01`, lt: `${year + 1}-01-01` };
}

export function incidentWhereSql(f: IncidentFilters, alias = "i"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const parts: Prisma.Sql[] = [Prisma.sql`${col("synthetic")} = false`];
  if (f.province.length) parts.push(Prisma.sql`${col("province")} IN (${Prisma.join(f.province)})`);
  if (f.year !== undefined) {
    const r = yearRange(f.year);
    parts.push(Prisma.sql`${col("date")} >= ${r.gte}::date AND ${col("date")} < ${r.lt}::date`);
  }
  if (f.from) parts.push(Prisma.sql`${col("date")} >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`${col("date")} <= ${f.to}::date`);
  if (f.perpetrator.length) parts.push(Prisma.sql`${col("perpetrator")} IN (${Prisma.join(f.perpetrator)})`);
  if (f.target.length) parts.push(Prisma.sql`${col("target")} IN (${Prisma.join(f.target)})`);
  if (f.minKilled !== undefined) parts.push(Prisma.sql`${col("killed")} >= ${f.minKilled}`);
  return Prisma.join(parts, " AND ");
}

export function incidentWhereInput(f: IncidentFilters): Where {
  const and: Where[] = [{ synthetic: false }];
  if (f.province.length) and.push({ province: { in: f.province } });
  if (f.year !== undefined) {
    const r = yearRange(f.year);
    and.push({ date: { gte: new Date(`${r.gte}T00:00:00Z`), lt: new Date(`${r.lt}T00:00:00Z`) } });
  }
  if (f.from) and.push({ date: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ date: { lte: new Date(`${f.to}T00:00:00Z`) } });
  if (f.perpetrator.length) and.push({ perpetrator: { in: f.perpetrator } });
  if (f.target.length) and.push({ target: { in: f.target } });
  if (f.minKilled !== undefined) and.push({ killed: { gte: f.minKilled } });
  return { AND: and };
}
