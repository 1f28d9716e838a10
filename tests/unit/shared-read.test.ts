import { describe, expect, it } from "vitest";
import { sharedRead } from "@/lib/shared-read";

describe("shared reads", () => {
  it("runs one computation for concurrent reads of a key, and a new one once it settled", async () => {
    let runs = 0;
    let release!: () => void;
    const read = () => new Promise<number>((resolve) => {
      runs++;
      release = () => resolve(runs);
    });
    const first = sharedRead("k", read);
    const second = sharedRead("k", read);
    const other = sharedRead("other", async () => -1);
    release();
    expect(await Promise.all([first, second, other])).toEqual([1, 1, -1]);
    const third = sharedRead("k", read);
    release();
    expect(await third).toBe(2);
    expect(runs).toBe(2);
  });

  it("shares a failure with the reads that joined it, and forgets it", async () => {
    const failing = sharedRead("f", () => Promise.reject(new Error("boom")));
    const joined = sharedRead("f", async () => 1);
    await expect(failing).rejects.toThrow("boom");
    await expect(joined).rejects.toThrow("boom");
    expect(await sharedRead("f", async () => 2)).toBe(2);
  });
});
