import { describe, expect, it } from "vitest";
import { parseExecutionLog } from "./execution-log";

const t = "Thu Dec 03 08:00:00 UTC 2026";
const log = [
  "Execution log for request 6f1c2b1e-0000-4000-8000-000000000000",
  `${t} : Starting execution for request: 6f1c2b1e`,
  `${t} : HTTP Method: POST, Resource Path: /items`,
  `${t} : Method request path: {}`,
  `${t} : Method request body before transformations: {"a":1,`,
  `"b":2}`,
  `${t} : Endpoint request URI: http://backend/items`,
  `${t} : Endpoint request body after transformations: {"a":1}`,
  `${t} : Sending request to http://backend/items`,
  `${t} : Received response. Status: 201, Integration latency: 12 ms`,
  `${t} : Endpoint response body before transformations: {"id":1}`,
  `${t} : Method response body after transformations: {"id":1}`,
  `${t} : Successfully completed execution`,
  `${t} : Method completed with status: 201`,
  "",
].join("\n");

describe("parseExecutionLog", () => {
  it("groups the log into the steps of the request flow, in order", () => {
    expect(parseExecutionLog(log).map((step) => [step.title, step.entries.length])).toEqual([
      ["Request", 3],
      ["Method request", 2],
      ["Integration request", 3],
      ["Endpoint response", 2],
      ["Method response", 1],
      ["Outcome", 2],
    ]);
  });

  it("keeps a multi-line body with its entry and strips the timestamp into its own field", () => {
    const body = parseExecutionLog(log)[1]!.entries[1]!;
    expect(body).toEqual({ time: t, text: 'Method request body before transformations: {"a":1,\n"b":2}' });
  });

  it("returns no steps for an empty log", () => {
    expect(parseExecutionLog("")).toEqual([]);
  });

  it("puts a failure in the outcome even in the middle of the flow", () => {
    const steps = parseExecutionLog(`${t} : Method request path: {}\n${t} : Execution failed due to configuration error: No integration defined for method`);
    expect(steps.map((step) => step.title)).toEqual(["Method request", "Outcome"]);
  });
});
