"use client";
// Killed (bars) and incidents (line) per month under the current filters.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TimelinePoint } from "@/lib/db/incidents";

export function CasualtyTimeline({ points }: { points: TimelinePoint[] }) {
  if (!points.length) {
    return <p className="flex h-full items-center justify-center text-sm text-slate-500">No dated incidents match these filters.</p>;
  }
  return (
    <div className="h-full w-full" data-testid="casualty-timeline" data-points={points.length}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis dataKey="period" fontSize={12} />
          <YAxis yAxisId="killed" allowDecimals={false} fontSize={12} />
          <YAxis yAxisId="incidents" orientation="right" allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="killed" dataKey="killed" name="Killed" fill="#b91c1c" />
          <Line yAxisId="incidents" dataKey="incidents" name="Incidents" stroke="#1d4ed8" strokeWidth={2} dot />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
