// The environment advisor's table as pure functions: filters read from the URL, which rows match, and paging,
// so 200 APIs render 50 rows at a time while every API is checked in the background.
import type { ApiAdvice } from "./api-advice";
import { categoryOrder, severityOrder } from "./evaluate";
import type { AdvisorCategory, AdvisorSeverity } from "./types";

export type AdvisorSort = "name" | "score";

export type AdvisorFilters = { severity: AdvisorSeverity | null; category: AdvisorCategory | null; sort: AdvisorSort; page: number };

export const advisorPageSize = 50;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads ?severity=&category=&sort=&page= leniently: an unknown value means no filter, a bad page means the first. */
export function parseAdvisorFilters(search: Record<string, string | string[] | undefined>): AdvisorFilters {
  const severity = one(search.severity);
  const category = one(search.category);
  const page = Number.parseInt(one(search.page) ?? "1", 10);
  return {
    severity: severityOrder.includes(severity as AdvisorSeverity) ? (severity as AdvisorSeverity) : null,
    category: categoryOrder.includes(category as AdvisorCategory) ? (category as AdvisorCategory) : null,
    sort: one(search.sort) === "score" ? "score" : "name",
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a set of filters, leaving defaults out so URLs stay short. */
export function advisorFiltersQuery(filters: AdvisorFilters): string {
  const search = new URLSearchParams();
  if (filters.severity) search.set("severity", filters.severity);
  if (filters.category) search.set("category", filters.category);
  if (filters.sort === "score") search.set("sort", "score");
  if (filters.page > 1) search.set("page", String(filters.page));
  return search.toString();
}

/** True when an API has an open finding that passes the filters (every API passes when there is none). */
export function adviceMatches(advice: ApiAdvice, filters: AdvisorFilters): boolean {
  if (!filters.severity && !filters.category) return true;
  return advice.findings.some((finding) => (!filters.severity || finding.severity === filters.severity) && (!filters.category || finding.category === filters.category));
}

/** One page of rows and the page count; a page past the end shows the last page. */
export function pageOf<T>(rows: readonly T[], page: number, size = advisorPageSize): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pageCount);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pageCount };
}

/** Rows in the list's order (by name), or lowest score first (APIs still being checked go last, in list order). */
export function sortRows<T extends { advice: ApiAdvice | null }>(rows: readonly T[], sort: AdvisorSort): T[] {
  if (sort === "name") return [...rows];
  const score = (row: T) => row.advice?.score ?? Number.POSITIVE_INFINITY;
  return rows.map((row, index) => ({ row, index })).sort((a, b) => score(a.row) - score(b.row) || a.index - b.index).map(({ row }) => row);
}
