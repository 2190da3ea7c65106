import "server-only";
import { cachedRead } from "@/lib/db/read-cache";
import { Prisma, queryRows } from "@/lib/db/client";
import { incidentWhereSql, rollupSql, type BBox } from "@/lib/db/filters-sql";
import { CELLS_PER_DEGREE, FINE_CELLS_PER_DEGREE } from "@/lib/db/rollups";
import type { IncidentFilters } from "@/lib/incidents/filters";

export interface MapCluster {
  lat: number;
  lon: number;
  incidents: number;
  killed: number;
  /** Set when the cluster is a single incident. */
  id?: number;
  perpetrator?: string | null;
  geoPrecision?: number | null;
}

export interface MapClusters {
  mode: "cells" | "points";
  /** Cell size in degrees (cells mode). */
  cellSize: number | null;
  clusters: MapCluster[];
}

/** Beyond this many incidents in view, the map gets grid cells instead of points. */
const MAX_POINTS = 2000;

/** Cell edge in degrees for a zoom level: about 80 px on screen. */
export const cellSizeFor = (zoom: number) => 32 / 2 ** zoom;

/** Cells from a cell rollup (alias c) whose grid has `perDegree` cells a degree, grouped k by k. */
function rollupCells(from: Prisma.Sql, where: Prisma.Sql, [w, s, e, n]: BBox, perDegree: number, k: number, x: string, y: string) {
  const [cx, cy] = [Prisma.raw(`c."${x}"`), Prisma.raw(`c."${y}"`)];
  return queryRows<MapCluster>`
    SELECT (SUM(c."sumLat") / SUM(c."incidents"))::float8 AS lat,
           (SUM(c."sumLon") / SUM(c."incidents"))::float8 AS lon,
           SUM(c."incidents")::int AS incidents,
           SUM(c."killed")::int AS killed
    FROM ${from}
    WHERE ${where}
      AND ${cx} BETWEEN ${Math.floor(w * perDegree)} AND ${Math.floor(e * perDegree)}
      AND ${cy} BETWEEN ${Math.floor(s * perDegree)} AND ${Math.floor(n * perDegree)}
    GROUP BY floor(${cx}::float8 / ${k}), floor(${cy}::float8 / ${k})
    HAVING SUM(c."incidents") > 0`;
}

/** Up to MAX_POINTS single incidents in the box. */
function points(where: Prisma.Sql) {
  return queryRows<MapCluster>`
    SELECT i."id" AS id, i."lat" AS lat, i."lon" AS lon, 1 AS incidents, COALESCE(i."killed", 0)::int AS killed,
           i."perpetrator" AS perpetrator, i."geoPrecision" AS "geoPrecision"
    FROM "Incident" i
    WHERE ${where}
    LIMIT ${MAX_POINTS}`;
}

const total = (cells: MapCluster[]) => cells.reduce((n, c) => n + c.incidents, 0);

async function mapClustersUncached(filters: IncidentFilters, bbox: BBox, zoom: number): Promise<MapClusters> {
  const cellSize = cellSizeFor(zoom);
  const coarse = cellSize >= 1 / CELLS_PER_DEGREE ? rollupSql(filters, { time: "year", alias: "c" }) : null;
  // The coarse rollup serves every zoom whose cells are whole multiples of its own.
  if (coarse) {
    const k = Math.round(cellSize * CELLS_PER_DEGREE);
    return { mode: "cells", cellSize, clusters: await rollupCells(coarse.from, coarse.where, bbox, CELLS_PER_DEGREE, k, "cellX", "cellY") };
  }
  const where = incidentWhereSql(filters, { bbox });
  // Zoomed into a town: the fine rollup counts what is in view (to its cells' edges) without
  // reading the rows; past its grain its cells stand in for smaller ones.
  const fine = rollupSql(filters, { time: "year", alias: "c", groupBy: ["fineX", "fineY"] });
  if (fine) {
    const k = Math.max(1, Math.round(cellSize * FINE_CELLS_PER_DEGREE));
    const cells = await rollupCells(fine.from, fine.where, bbox, FINE_CELLS_PER_DEGREE, k, "fineX", "fineY");
    if (total(cells) > MAX_POINTS) return { mode: "cells", cellSize: k / FINE_CELLS_PER_DEGREE, clusters: cells };
    return { mode: "points", cellSize: null, clusters: await points(where) };
  }
  // Cells first: they also count what is in view, so a crowded view costs one pass over its rows
  // instead of a page of points and then cells.
  const cells = await queryRows<MapCluster>`
    SELECT AVG(i."lat")::float8 AS lat, AVG(i."lon")::float8 AS lon, COUNT(*)::int AS incidents, COALESCE(SUM(i."killed"), 0)::int AS killed
    FROM "Incident" i
    WHERE ${where}
    GROUP BY floor(i."lon" / ${cellSize}), floor(i."lat" / ${cellSize})`;
  if (total(cells) > MAX_POINTS) return { mode: "cells", cellSize, clusters: cells };
  return { mode: "points", cellSize: null, clusters: await points(where) };
}
export const mapClusters = cachedRead("mapClusters", mapClustersUncached);
