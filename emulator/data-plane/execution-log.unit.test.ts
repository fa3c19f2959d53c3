import { describe, expect, it } from "vitest";
import { ExecutionLog, logMap } from "./execution-log";
import { clfTime, executionLogTime } from "./time-formats";

describe("execution log", () => {
  it("stamps lines in AWS's format", () => {
    expect(executionLogTime(Date.UTC(2026, 10, 26, 9, 5, 3))).toBe("Thu Nov 26 09:05:03 UTC 2026");
    expect(clfTime(Date.UTC(2015, 3, 9, 12, 34, 56))).toBe("09/Apr/2015:12:34:56 +0000");
  });

  it("prints the same request time within a second and the next one after it (the text is kept per second)", () => {
    const at = Date.UTC(2026, 11, 31, 23, 59, 59);
    expect(clfTime(at)).toBe("31/Dec/2026:23:59:59 +0000");
    expect(clfTime(at + 999)).toBe("31/Dec/2026:23:59:59 +0000");
    expect(clfTime(at + 1_000)).toBe("01/Jan/2027:00:00:00 +0000");
    expect(clfTime(at)).toBe("31/Dec/2026:23:59:59 +0000");
  });

  it("opens with the request id and lists the lines in order", () => {
    const log = new ExecutionLog("req-1", () => Date.UTC(2026, 0, 1));
    log.add("Starting execution for request: req-1");
    expect(log.toString()).toBe("Execution log for request req-1\nThu Jan 01 00:00:00 UTC 2026 : Starting execution for request: req-1\n");
  });

  it("builds a costly line only while the log is kept, and keeps nothing once discarded", () => {
    const log = new ExecutionLog("req-1", () => Date.UTC(2026, 0, 1));
    log.add(() => "kept");
    log.discard();
    log.add(() => {
      throw new Error("a discarded log builds no line");
    });
    log.add("plain");
    expect(log.toString()).toBe("Execution log for request req-1\n");
  });

  it("prints maps as AWS does", () => {
    expect(logMap({ a: "1", b: ["x", "y"] })).toBe("{a=1, b=x,y}");
  });
});
