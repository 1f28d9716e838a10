"use client";
// The leadership view's charts (Recharts). Each chart has a table with the same figures next to
// it (the accessible alternative, and what prints); the charts only draw what the server gave.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { RankChartData } from "@/lib/domain/national-rank";

/** One colour per province: the province itself first, then the compared ones in order. */
export const PROVINCE_COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0f766e"];

const decimal = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });

export interface ChartBreak {
  /** the x-axis label of the first period on the new basis */
  label: string;
  text: string;
}

const breakLines = (breaks: readonly ChartBreak[]) =>
  breaks.map((b) => (
    <ReferenceLine
      key={b.label}
      x={b.label}
      stroke="#b91c1c"
      strokeDasharray="6 4"
      strokeWidth={2}
      label={{ value: b.text, position: "insideTopLeft", fill: "#991b1b", fontSize: 12 }}
    />
  ));

/** Ranks (1 at the top), one line per province and basis: no line joins ranks across a break. */
export function RankChart({ data, breaks, provinceCodes }: { data: RankChartData; breaks: readonly ChartBreak[]; provinceCodes: readonly string[] }) {
  const maxRanked = Math.max(1, ...data.series.map((s) => s.provincesRanked));
  const seriesOf = new Map(data.series.map((s) => [s.key, s]));
  return (
    <LineChart responsive data={data.rows} style={{ width: "100%", height: "var(--chart-height)" }} margin={{ top: 28, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis reversed domain={[1, maxRanked]} allowDecimals={false} tick={{ fontSize: 12 }} width={44} label={{ value: "Hạng", angle: -90, position: "insideLeft", fontSize: 12 }} />
      <Tooltip
        formatter={(value, _name, item) => {
          const s = seriesOf.get(String(item.dataKey));
          return s ? [`${value}/${s.provincesRanked}`, `${s.provinceName} (hạng trong ${s.provincesRanked} tỉnh)`] : [String(value), ""];
        }}
      />
      <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
      {breakLines(breaks)}
      {data.series.map((s) => {
        const colour = PROVINCE_COLOURS[provinceCodes.indexOf(s.provinceCode)] ?? "#334155";
        return (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={`${s.provinceName} — hạng trong ${s.provincesRanked} tỉnh`}
            stroke={colour}
            strokeWidth={s.provinceCode === provinceCodes[0] ? 3 : 2}
            strokeDasharray={s.provinceCode === provinceCodes[0] ? undefined : "5 3"}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}

/** Total scores (0–100, the same scale before and after the break). */
export function ScoreChart({ rows, provinces, breaks }: { rows: Record<string, string | number | null>[]; provinces: readonly { code: string; name: string }[]; breaks: readonly ChartBreak[] }) {
  return (
    <LineChart responsive data={rows} style={{ width: "100%", height: "var(--chart-height)" }} margin={{ top: 28, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis domain={["auto", "auto"]} tick={{ fontSize: 12 }} width={44} tickFormatter={(v: number) => decimal.format(v)} label={{ value: "Điểm", angle: -90, position: "insideLeft", fontSize: 12 }} />
      <Tooltip formatter={(value) => decimal.format(Number(value))} />
      <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
      {breakLines(breaks)}
      {provinces.map((p, i) => (
        <Line key={p.code} type="linear" dataKey={p.code} name={p.name} stroke={PROVINCE_COLOURS[i] ?? "#334155"} strokeWidth={i === 0 ? 3 : 2}
          strokeDasharray={i === 0 ? undefined : "5 3"} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      ))}
    </LineChart>
  );
}

/** Each group's score as a share of its maximum (groups have different maxima). */
export function GroupChart({ rows, provinces }: { rows: Record<string, string | number | null>[]; provinces: readonly { code: string; name: string }[] }) {
  return (
    <BarChart responsive data={rows} style={{ width: "100%", height: "var(--chart-height)" }} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} angle={-12} textAnchor="end" height={48} />
      <YAxis domain={[0, 1]} tickFormatter={(v: number) => percent.format(v)} tick={{ fontSize: 12 }} width={52} />
      <Tooltip formatter={(value) => percent.format(Number(value))} />
      <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
      {provinces.map((p, i) => (
        <Bar key={p.code} dataKey={p.code} name={p.name} fill={PROVINCE_COLOURS[i] ?? "#334155"} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
