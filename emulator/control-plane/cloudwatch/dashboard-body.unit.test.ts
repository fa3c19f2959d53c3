import { describe, expect, it } from "vitest";
import { dashboardBodyProblems } from "./dashboard-body";

describe("dashboard body checks", () => {
  it("accepts an object with a widgets array of typed widgets on the 24-column grid", () => {
    const body = { widgets: [{ type: "metric", x: 0, y: 0, width: 24, height: 6, properties: { metrics: [] } }, { type: "text", x: 23, y: 6, properties: {} }] };
    expect(dashboardBodyProblems(JSON.stringify(body))).toEqual([]);
    expect(dashboardBodyProblems('{"widgets":[]}')).toEqual([]);
  });

  it("names each problem by its JSON path", () => {
    expect(dashboardBodyProblems("[1]")).toEqual([{ DataPath: "", Message: "Should be object" }]);
    expect(dashboardBodyProblems('{"widgets":[1,{"type":"text","x":24,"height":0,"properties":[]}]}')).toEqual([
      { DataPath: "/widgets/0", Message: "Should be object" },
      { DataPath: "/widgets/1/x", Message: "Should be <= 23" },
      { DataPath: "/widgets/1/height", Message: "Should be >= 1" },
      { DataPath: "/widgets/1/properties", Message: "Should be object" },
    ]);
  });
});
