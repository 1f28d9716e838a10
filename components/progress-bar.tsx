// A progress bar for long work: role=progressbar with its value (0–100) and a text alternative
// (aria-valuetext, also shown below the bar). `fraction` null: running, extent unknown.
export function ProgressBar({ label, fraction, text, testId = "progress" }: { label: string; fraction: number | null; text: string; testId?: string }) {
  const percent = fraction === null ? null : Math.max(0, Math.min(100, Math.floor(fraction * 100)));
  return (
    <div data-testid={testId}>
      <div className="flex items-baseline justify-between gap-3 text-sm font-medium text-slate-800">
        <span id={`${testId}-label`}>{label}</span>
        {percent !== null ? <span className="num" aria-hidden="true">{percent}%</span> : null}
      </div>
      <div
        role="progressbar" aria-labelledby={`${testId}-label`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? undefined} aria-valuetext={text}
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full rounded-full bg-brand-600 transition-[width] duration-300 ${percent === null ? "w-full animate-pulse opacity-60" : ""}`}
          style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-700" data-testid={`${testId}-text`}>{text}</p>
    </div>
  );
}
