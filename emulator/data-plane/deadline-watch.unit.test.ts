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
});
