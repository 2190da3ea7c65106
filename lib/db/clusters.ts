import "server-only";
import { cachedRead } from "@/lib/db/read-cache";
import { queryRows } from "@/lib/db/client";
import { cellRollupWhereSql, incidentWhereSql, type BBox } from "@/lib/db/filters-sql";
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

async function mapClustersUncached(filters: IncidentFilters, bbox: BBox, zoom: number): Promise<MapClusters> {
  const [w, s, e, n] = bbox;
  const cellSize = cellSizeFor(zoom);
  const rollup = cellRollupWhereSql(filters);
  // The rollup's cells are 1/8 degree: it serves every zoom whose cells are whole multiples.
  if (rollup && cellSize >= 0.125) {
    const k = Math.round(cellSize * 8);
    const rows = await queryRows<MapCluster>`
      SELECT (SUM(c."sumLat") / SUM(c."incidents"))::float8 AS lat,
             (SUM(c."sumLon") / SUM(c."incidents"))::float8 AS lon,
             SUM(c."incidents")::int AS incidents,
             SUM(c."killed")::int AS killed
      FROM "IncidentCellRollup" c
      WHERE ${rollup}
        AND c."cellX" BETWEEN ${Math.floor(w * 8)} AND ${Math.floor(e * 8)}
        AND c."cellY" BETWEEN ${Math.floor(s * 8)} AND ${Math.floor(n * 8)}
      GROUP BY floor(c."cellX"::float8 / ${k}), floor(c."cellY"::float8 / ${k})
      HAVING SUM(c."incidents") > 0`;
    return { mode: "cells", cellSize, clusters: rows };
  }
  // Cells first: they also count what is in view, so a crowded view (the common case when
  // zoomed into a city) costs one pass over its rows instead of a page of points and then cells.
  const where = incidentWhereSql(filters, { bbox });
  const cells = await queryRows<MapCluster>`
    SELECT AVG(i."lat")::float8 AS lat, AVG(i."lon")::float8 AS lon, COUNT(*)::int AS incidents, COALESCE(SUM(i."killed"), 0)::int AS killed
    FROM "Incident" i
    WHERE ${where}
    GROUP BY floor(i."lon" / ${cellSize}), floor(i."lat" / ${cellSize})`;
  if (cells.reduce((n, c) => n + c.incidents, 0) > MAX_POINTS) return { mode: "cells", cellSize, clusters: cells };
  const points = await queryRows<MapCluster>`
    SELECT i."id" AS id, i."lat" AS lat, i."lon" AS lon, 1 AS incidents, COALESCE(i."killed", 0)::int AS killed,
           i."perpetrator" AS perpetrator, i."geoPrecision" AS "geoPrecision"
    FROM "Incident" i
    WHERE ${where}
    LIMIT ${MAX_POINTS}`;
  return { mode: "points", cellSize: null, clusters: points };
}
export const mapClusters = cachedRead("mapClusters", mapClustersUncached);
