"use client";
// The agency page's trend charts (Recharts). Each chart is a figure whose caption says what it
// shows; the SVG is hidden from screen readers, which read the same figures from the table that
// follows it (visually hidden in a 1-pixel box: a table keeps its content width, so the box clips
// it), so nothing is only in the picture.
import type { ReactElement, ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface FlowPoint {
  label: string;
  received: number;
  resolved: number;
}

export interface SharePoint {
  label: string;
  /** percent (2.5 = 2,5 %), null without counted dossiers */
  share: number | null;
  threshold: number | null;
  bandLabel: string;
}

export interface IndexPoint {
  label: string;
  points: number;
  computedMaxPoints: number;
  groups: Record<string, number>;
}

const integer = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (value: number | null) => (value === null ? "—" : `${decimal.format(value)} %`);
const GROUP_COLOURS = ["#1d4ed8", "#0f766e", "#b45309", "#7c3aed", "#be123c", "#475569"];

function ChartFrame({ id, title, summary, children, table }: { id: string; title: string; summary: string; children: ReactElement; table: ReactNode }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3 min-w-0" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`} className="font-semibold text-sm mb-1">{title}</figcaption>
      <p className="text-xs text-slate-600 mb-2">{summary}</p>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
      </div>
      {table}
    </figure>
  );
}

export function FlowChart({ points }: { points: FlowPoint[] }) {
  const last = points[points.length - 1];
  return (
    <ChartFrame
      id="chart-flow" title="Tiếp nhận mới và đã giải quyết theo quý"
      summary={last ? `${last.label}: tiếp nhận mới ${integer.format(last.received)}, đã giải quyết ${integer.format(last.resolved)} hồ sơ.` : "Chưa có số liệu."}
      table={
        <div className="sr-only"><table>
          <caption>Số hồ sơ tiếp nhận mới và đã giải quyết theo quý</caption>
          <thead><tr><th scope="col">Quý</th><th scope="col">Tiếp nhận mới</th><th scope="col">Đã giải quyết</th></tr></thead>
          <tbody>{points.map((p) => <tr key={p.label}><th scope="row">{p.label}</th><td>{integer.format(p.received)}</td><td>{integer.format(p.resolved)}</td></tr>)}</tbody>
        </table></div>
      }
    >
      <BarChart data={points} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={44} />
        <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => integer.format(v)} width={52} />
        <Tooltip formatter={(v) => integer.format(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="received" name="Tiếp nhận mới" fill="#1d4ed8" isAnimationActive={false} />
        <Bar dataKey="resolved" name="Đã giải quyết" fill="#0f766e" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

export function ShareChart({ points }: { points: SharePoint[] }) {
  const last = points[points.length - 1];
  return (
    <ChartFrame
      id="chart-share" title="Tỷ lệ hồ sơ quá hạn so với ngưỡng trừ điểm"
      summary={last ? `${last.label}: ${percent(last.share)}${last.threshold === null ? " (không có ngưỡng cho cấp này)" : `, ngưỡng ${percent(last.threshold)} — ${last.bandLabel.toLowerCase()}`}.` : "Chưa có số liệu."}
      table={
        <div className="sr-only"><table>
          <caption>Tỷ lệ hồ sơ quá hạn (trễ hạn và đang quá hạn trên tổng số hồ sơ) và ngưỡng trừ điểm theo quý</caption>
          <thead><tr><th scope="col">Quý</th><th scope="col">Tỷ lệ quá hạn</th><th scope="col">Ngưỡng</th><th scope="col">Đánh giá</th></tr></thead>
          <tbody>{points.map((p) => <tr key={p.label}><th scope="row">{p.label}</th><td>{percent(p.share)}</td><td>{percent(p.threshold)}</td><td>{p.bandLabel}</td></tr>)}</tbody>
        </table></div>
      }
    >
      <LineChart data={points} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={44} />
        <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => `${decimal.format(v)}%`} width={58} />
        <Tooltip formatter={(v) => percent(v === null || v === undefined ? null : Number(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line type="monotone" dataKey="share" name="Tỷ lệ quá hạn" stroke="#be123c" strokeWidth={2} connectNulls isAnimationActive={false} />
        <Line type="stepAfter" dataKey="threshold" name="Ngưỡng trừ điểm" stroke="#475569" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}

export function IndexChart({ points, groups }: { points: IndexPoint[]; groups: { code: string; name: string; maxPoints: number }[] }) {
  const last = points[points.length - 1];
  const rows = points.map((p) => ({ label: p.label, ...Object.fromEntries(groups.map((g) => [`g${g.code}`, p.groups[g.code] ?? 0])) }));
  return (
    <ChartFrame
      id="chart-index" title="Điểm Bộ chỉ số 766 theo nhóm, theo quý (lịch)"
      summary={last ? `${last.label}: ${decimal.format(last.points)} điểm trên ${decimal.format(last.computedMaxPoints)} điểm của các chỉ tiêu tính được.` : "Chưa có phiên bản Bộ chỉ số 766 cho các quý này."}
      table={
        <div className="sr-only"><table>
          <caption>Điểm Bộ chỉ số 766 của cơ quan theo nhóm chỉ tiêu và theo quý</caption>
          <thead><tr><th scope="col">Quý</th>{groups.map((g) => <th key={g.code} scope="col">{g.name}</th>)}<th scope="col">Tổng</th></tr></thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                {groups.map((g) => <td key={g.code}>{decimal.format(p.groups[g.code] ?? 0)}</td>)}
                <td>{decimal.format(p.points)} / {decimal.format(p.computedMaxPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
      }
    >
      <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={44} />
        <YAxis tick={{ fontSize: 11 }} width={40} />
        <Tooltip formatter={(v) => decimal.format(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {groups.map((g, i) => (
          <Bar key={g.code} dataKey={`g${g.code}`} name={g.name} stackId="groups" fill={GROUP_COLOURS[i % GROUP_COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
