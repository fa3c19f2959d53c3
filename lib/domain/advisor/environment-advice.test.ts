import { describe, expect, it } from "vitest";
import type { ApiAdvice } from "./api-advice";
import { adviceMatches, advisorFiltersQuery, pageOf, parseAdvisorFilters, sortRows } from "./environment-advice";
import type { Finding } from "./types";

const finding = (severity: Finding["severity"], category: Finding["category"]) => ({ severity, category }) as Finding;
const advice = (findings: Finding[]) => ({ findings }) as ApiAdvice;

describe("environment advisor table", () => {
  it("reads filters from the URL and ignores values it does not know", () => {
    expect(parseAdvisorFilters({ severity: "high", category: "cors", page: "3" })).toEqual({ severity: "high", category: "cors", sort: "name", page: 3 });
    expect(parseAdvisorFilters({ severity: "urgent", category: ["caching", "cors"], page: "-2" })).toEqual({ severity: null, category: "caching", sort: "name", page: 1 });
    expect(parseAdvisorFilters({ sort: "score" }).sort).toBe("score");
  });

  it("writes only the filters that are set", () => {
    expect(advisorFiltersQuery({ severity: "high", category: null, sort: "name", page: 1 })).toBe("severity=high");
    expect(advisorFiltersQuery({ severity: null, category: "cold-starts", sort: "score", page: 2 })).toBe("category=cold-starts&sort=score&page=2");
  });

  it("keeps an API when one finding has both the severity and the category asked for", () => {
    const api = advice([finding("high", "throttling"), finding("low", "cors")]);
    expect(adviceMatches(api, { severity: "high", category: "throttling", sort: "name", page: 1 })).toBe(true);
    expect(adviceMatches(api, { severity: "high", category: "cors", sort: "name", page: 1 })).toBe(false);
    expect(adviceMatches(advice([]), { severity: null, category: null, sort: "name", page: 1 })).toBe(true);
    expect(adviceMatches(advice([]), { severity: "low", category: null, sort: "name", page: 1 })).toBe(false);
  });

  it("pages rows and clamps a page past the end", () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(rows, 2)).toMatchObject({ page: 2, pageCount: 3, rows: rows.slice(50, 100) });
    expect(pageOf(rows, 9)).toMatchObject({ page: 3, rows: rows.slice(100) });
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pageCount: 1 });
  });

  it("sorts lowest score first with unchecked APIs last, or keeps the list order", () => {
    const rows = [
      { name: "a", advice: { score: 80 } as ApiAdvice },
      { name: "b", advice: null },
      { name: "c", advice: { score: 40 } as ApiAdvice },
      { name: "d", advice: { score: 80 } as ApiAdvice },
    ];
    expect(sortRows(rows, "score").map((row) => row.name)).toEqual(["c", "a", "d", "b"]);
    expect(sortRows(rows, "name").map((row) => row.name)).toEqual(["a", "b", "c", "d"]);
  });
});
