import { describe, expect, it } from "vitest";
import {
  DeleteDashboardsCommand,
  GetDashboardCommand,
  ListDashboardsCommand,
  ListTagsForResourceCommand,
  PutDashboardCommand,
  TagResourceCommand,
} from "@aws-sdk/client-cloudwatch";
import { sandboxForFile } from "./support/sandbox-for-file";
import { startSandboxProcess } from "./support/sandbox-process";
import { cloudWatchClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = cloudWatchClient(() => sandbox.url);

const body = JSON.stringify({
  widgets: [
    { type: "metric", x: 0, y: 0, width: 12, height: 6, properties: { metrics: [["AWS/ApiGateway", "Count", "ApiName", "pets"]], period: 300, stat: "Sum", region: "us-east-1", title: "Requests" } },
    { type: "text", x: 12, y: 0, width: 6, height: 3, properties: { markdown: "Created by a script" } },
  ],
});
const arnOf = (name: string) => `arn:aws:cloudwatch::000000000000:dashboard/${name}`;

describe("PutDashboard and GetDashboard", () => {
  it("stores the body as given and returns it with the dashboard's ARN; a second put replaces it", async () => {
    const put = await client.send(new PutDashboardCommand({ DashboardName: "ops-main", DashboardBody: body }));
    expect(put.DashboardValidationMessages ?? []).toEqual([]);
    expect(await client.send(new GetDashboardCommand({ DashboardName: "ops-main" }))).toMatchObject({ DashboardName: "ops-main", DashboardArn: arnOf("ops-main"), DashboardBody: body });
    const replaced = JSON.stringify({ widgets: [] });
    await client.send(new PutDashboardCommand({ DashboardName: "ops-main", DashboardBody: replaced }));
    expect((await client.send(new GetDashboardCommand({ DashboardName: "ops-main" }))).DashboardBody).toBe(replaced);
  });

  it("refuses a body that is not a JSON object with a widgets array, listing the problems in the message and dashboardValidationMessages", async () => {
    const cases: Array<[string, string]> = [
      ["not json", `The dashboard body is invalid, there are 1 validation errors:\n${JSON.stringify([{ dataPath: "", message: "Should be a valid JSON object" }], null, 2)}`],
      ["{}", `The dashboard body is invalid, there are 1 validation errors:\n${JSON.stringify([{ dataPath: "", message: "Should have required property 'widgets'" }], null, 2)}`],
      ['{"widgets":{}}', `The dashboard body is invalid, there are 1 validation errors:\n${JSON.stringify([{ dataPath: "/widgets", message: "Should be array" }], null, 2)}`],
      [
        '{"widgets":[{"type":"chart","width":30},{"x":1.5}]}',
        `The dashboard body is invalid, there are 4 validation errors:\n${JSON.stringify([
          { dataPath: "/widgets/0/type", message: "Should be equal to one of the allowed values" },
          { dataPath: "/widgets/0/width", message: "Should be <= 24" },
          { dataPath: "/widgets/1", message: "Should have required property 'type'" },
          { dataPath: "/widgets/1/x", message: "Should be integer" },
        ], null, 2)}`,
      ],
    ];
    for (const [dashboardBody, message] of cases) {
      const error = await expectAwsError(client.send(new PutDashboardCommand({ DashboardName: "bad-body", DashboardBody: dashboardBody })));
      expect(error).toEqual({ name: "DashboardInvalidInputError", status: 400, message });
    }
    const detailed = await client.send(new PutDashboardCommand({ DashboardName: "bad-body", DashboardBody: '{"widgets":[{"x":-1}]}' })).catch((error: unknown) => error);
    expect(detailed).toMatchObject({
      name: "DashboardInvalidInputError",
      dashboardValidationMessages: [
        { DataPath: "/widgets/0", Message: "Should have required property 'type'" },
        { DataPath: "/widgets/0/x", Message: "Should be >= 0" },
      ],
    });
    const missing = await expectAwsError(client.send(new GetDashboardCommand({ DashboardName: "bad-body" })));
    expect(missing).toMatchObject({ name: "ResourceNotFound", status: 404, message: "Dashboard bad-body does not exist" });
  });

  it("refuses names outside A-Z, a-z, 0-9, - and _, or longer than 255", async () => {
    const invalid = await expectAwsError(client.send(new PutDashboardCommand({ DashboardName: "ops main!", DashboardBody: body })));
    expect(invalid).toEqual({
      name: "DashboardInvalidInputError",
      status: 400,
      message: "The value for field DashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).",
    });
    const long = await expectAwsError(client.send(new PutDashboardCommand({ DashboardName: "a".repeat(256), DashboardBody: body })));
    expect(long).toMatchObject({ name: "DashboardInvalidInputError", status: 400, message: "The value for field DashboardName must be at most 255 characters long." });
  });
});

describe("ListDashboards and DeleteDashboards", () => {
  it("lists by name with prefix filtering, size and last-modified time", async () => {
    for (const name of ["list-b", "list-a", "other-c"]) await client.send(new PutDashboardCommand({ DashboardName: name, DashboardBody: body }));
    const listed = await client.send(new ListDashboardsCommand({ DashboardNamePrefix: "list-" }));
    expect(listed.DashboardEntries!.map((e) => e.DashboardName)).toEqual(["list-a", "list-b"]);
    expect(listed.DashboardEntries![0]).toMatchObject({ DashboardArn: arnOf("list-a"), Size: Buffer.byteLength(body) });
    expect(listed.DashboardEntries![0]!.LastModified).toBeInstanceOf(Date);
    expect(listed.NextToken).toBeUndefined();
    const bad = await expectAwsError(client.send(new ListDashboardsCommand({ NextToken: "garbage" })));
    expect(bad).toMatchObject({ name: "InvalidNextToken", status: 400, message: "The service couldn't process the NextToken." });
  });

  // DashboardNotFoundError carries the query code ResourceNotFound, which is the name the SDK gives it.
  it("deletes all the named dashboards, or none when one of them does not exist", async () => {
    for (const name of ["del-a", "del-b"]) await client.send(new PutDashboardCommand({ DashboardName: name, DashboardBody: body }));
    const refused = await expectAwsError(client.send(new DeleteDashboardsCommand({ DashboardNames: ["del-a", "del-missing"] })));
    expect(refused).toMatchObject({ name: "ResourceNotFound", status: 404, message: "Dashboard del-missing does not exist" });
    const kept = await client.send(new ListDashboardsCommand({ DashboardNamePrefix: "del-" }));
    expect(kept.DashboardEntries!.map((e) => e.DashboardName)).toEqual(["del-a", "del-b"]);
    await client.send(new DeleteDashboardsCommand({ DashboardNames: ["del-a", "del-b"] }));
    expect((await client.send(new ListDashboardsCommand({ DashboardNamePrefix: "del-" }))).DashboardEntries).toEqual([]);
  });
});

describe("dashboard tags", () => {
  it("PutDashboard Tags and TagResource on the dashboard ARN (arn:aws:cloudwatch::account:dashboard/name)", async () => {
    await client.send(new PutDashboardCommand({ DashboardName: "tagged", DashboardBody: body, Tags: [{ Key: "team", Value: "api" }] }));
    await client.send(new TagResourceCommand({ ResourceARN: arnOf("tagged"), Tags: [{ Key: "env", Value: "prod" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceARN: arnOf("tagged") }))).Tags).toEqual([{ Key: "team", Value: "api" }, { Key: "env", Value: "prod" }]);
    await client.send(new DeleteDashboardsCommand({ DashboardNames: ["tagged"] }));
    const gone = await expectAwsError(client.send(new ListTagsForResourceCommand({ ResourceARN: arnOf("tagged") })));
    expect(gone).toMatchObject({ name: "ResourceNotFoundException", status: 404 });
  });
});

describe("dashboards across a restart", () => {
  it("keeps dashboards in the data folder", async () => {
    const first = await startSandboxProcess({ dataDir: "temp" });
    try {
      await cloudWatchClient(first.url).send(new PutDashboardCommand({ DashboardName: "durable", DashboardBody: body }));
    } finally {
      await first.stop();
    }
    const second = await startSandboxProcess({ dataDir: first.dataDir });
    try {
      expect((await cloudWatchClient(second.url).send(new GetDashboardCommand({ DashboardName: "durable" }))).DashboardBody).toBe(body);
    } finally {
      await second.stop();
    }
  });
});
