"use client";
// The leadership view's GET filter form and print button. Without JavaScript the form submits
// as any GET form (?so-sanh=H01&so-sanh=H79, which the page reads too); with it, the chosen
// provinces become one canonical ?so-sanh=H01,H79 and the page is navigated to, so back and
// reload keep the state.
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

export function ViewFilterForm({ action, children }: { action: string; children: ReactNode }) {
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [key, value] of data) {
      if (typeof value !== "string" || value === "" || key === "so-sanh") continue;
      params.set(key, value);
    }
    const compared = data.getAll("so-sanh").filter((v): v is string => typeof v === "string");
    if (compared.length) params.set("so-sanh", compared.join(","));
    const query = params.toString();
    router.push(query ? `${action}?${query}` : action);
  };
  return (
    <form method="get" action={action} onSubmit={submit} className="flex flex-wrap items-end gap-3 mb-4 no-print" role="search" aria-label="Chọn kỳ và tỉnh so sánh">
      {children}
    </form>
  );
}

/** Limits the comparison checkboxes to `max` ticked (the server keeps the first `max` anyway). */
export function CompareChoices({ choices, selected, max }: { choices: readonly { code: string; name: string }[]; selected: readonly string[]; max: number }) {
  const limit = (event: FormEvent<HTMLFieldSetElement>) => {
    const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    const ticked = boxes.filter((b) => b.checked).length;
    for (const b of boxes) b.disabled = !b.checked && ticked >= max;
  };
  return (
    <details className="relative">
      <summary className="cursor-pointer border border-slate-300 rounded px-3 py-1.5 bg-white" data-testid="compare-summary">
        Tỉnh so sánh{selected.length ? ` (${selected.length})` : ""}
      </summary>
      <fieldset onChange={limit} className="absolute z-20 mt-1 w-[36rem] max-w-[90vw] max-h-80 overflow-y-auto rounded border border-slate-300 bg-white p-3 shadow-lg" data-testid="compare-choices">
        <legend className="sr-only">Chọn tối đa {max} tỉnh, thành phố để so sánh</legend>
        <p className="text-sm text-slate-600 mb-2" aria-hidden="true">Chọn tối đa {max} tỉnh, thành phố, rồi bấm Xem.</p>
        <div className="grid grid-cols-2 sm:grid-cols-3 gap-x-4 gap-y-1 text-sm">
          {choices.map((c) => (
            <label key={c.code} className="flex items-center gap-2">
              <input type="checkbox" name="so-sanh" value={c.code} defaultChecked={selected.includes(c.code)} disabled={!selected.includes(c.code) && selected.length >= max} />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="border border-brand-600 text-brand-700 rounded px-4 py-1.5 hover:bg-brand-50">
      In (A4)
    </button>
  );
}
