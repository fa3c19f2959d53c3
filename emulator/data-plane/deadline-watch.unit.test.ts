import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeadlineWatch, RESOLUTION_MS } from "./deadline-watch";

describe("DeadlineWatch", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("expires a deadline once it is due, within the resolution, and only once", () => {
    const watch = new DeadlineWatch();
    const expired = vi.fn();
    watch.after(25, expired);
    vi.advanceTimersByTime(20);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RESOLUTION_MS);
    expect(expired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(watch.size).toBe(0);
  });

  it("never expires a cancelled deadline, and keeps the others", () => {
    const watch = new DeadlineWatch();
    const cancelled = vi.fn();
    const kept = vi.fn();
    const cancel = watch.after(30, cancelled);
    watch.after(50, kept);
    cancel();
    vi.advanceTimersByTime(60);
    expect(cancelled).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it("keeps one timer while deadlines come and go, and stops it at the first sweep with nothing pending", () => {
    const watch = new DeadlineWatch();
    for (let i = 0; i < 100; i++) watch.after(1_000, () => {})();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(RESOLUTION_MS);
    expect(vi.getTimerCount()).toBe(0);
    const expired = vi.fn();
    watch.after(10, expired);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2 * RESOLUTION_MS);
    expect(expired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RESOLUTION_MS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("counts deadlines cancelled from the middle, the ends, and twice", () => {
    const watch = new DeadlineWatch();
    const expired: number[] = [];
    const cancels = [0, 1, 2, 3, 4].map((n) => watch.after(10 * (n + 1), () => expired.push(n)));
    cancels[2]!();
    cancels[0]!();
    cancels[4]!();
    cancels[4]!();
    expect(watch.size).toBe(2);
    vi.advanceTimersByTime(100);
    expect(expired).toEqual([1, 3]);
    expect(watch.size).toBe(0);
  });

  it("does not expire a due deadline that an earlier expiry in the same sweep cancelled", () => {
    const watch = new DeadlineWatch();
    const second = vi.fn();
    let cancelSecond = () => {};
    watch.after(5, () => cancelSecond());
    cancelSecond = watch.after(5, second);
    const added = vi.fn();
    watch.after(5, () => watch.after(5, added));
    vi.advanceTimersByTime(RESOLUTION_MS);
    expect(second).not.toHaveBeenCalled();
    expect(added).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RESOLUTION_MS);
    expect(added).toHaveBeenCalledTimes(1);
  });
});
