import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { addMethod, createApi, deploy, resourceAt, stageUrl } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();
let backend: Server;
let backendUrl: string;

/** A backend that echoes what it received, or waits when asked to. */
function startBackend(): Promise<void> {
  backend = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const reply = () => {
        response.writeHead(request.url?.startsWith("/missing") ? 404 : 200, { "content-type": "application/json", "x-backend": "yes" });
        response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }));
      };
      if (request.url?.startsWith("/slow")) setTimeout(reply, 1_000);
      else reply();
    });
  });
  return new Promise((resolve) => backend.listen(0, "127.0.0.1", () => {
    backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
    resolve();
  }));
}

beforeAll(startBackend);
afterAll(async () => {
  backend.closeAllConnections();
  await new Promise((resolve) => backend.close(resolve));
});

describe("HTTP_PROXY integrations", () => {
  it("forwards the verb, greedy path, query, headers and body, and passes the response through", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "http-proxy");
    const proxy = await resourceAt(client, api, "/{proxy+}");
    await addMethod(
      client,
      api,
      proxy,
      "ANY",
      { type: "HTTP_PROXY", integrationHttpMethod: "ANY", uri: `${backendUrl}/{proxy}`, requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" } },
      { requestParameters: { "method.request.path.proxy": true } },
    );
    await deploy(client, api, "prod");
    const response = await fetch(`${stageUrl(sandbox.url, api, "prod", "/orders/7/items")}?page=2`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-client": "c1" },
      body: '{"qty":3}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-backend")).toBe("yes");
    const seen = await response.json();
    expect(seen).toMatchObject({ method: "PUT", url: "/orders/7/items?page=2", body: '{"qty":3}' });
    expect(seen.headers["x-client"]).toBe("c1");
  });

  it("passes a backend 404 through unchanged", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "http-proxy-404");
    const proxy = await resourceAt(client, api, "/{proxy+}");
    await addMethod(client, api, proxy, "ANY", { type: "HTTP_PROXY", integrationHttpMethod: "ANY", uri: `${backendUrl}/{proxy}` });
    await deploy(client, api, "prod");
    expect((await fetch(stageUrl(sandbox.url, api, "prod", "/missing/thing"))).status).toBe(404);
  });

  it("answers 504 Endpoint request timed out after timeoutInMillis", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "http-timeout");
    await addMethod(client, api, api.rootId, "GET", { type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: `${backendUrl}/slow`, timeoutInMillis: 100 });
    await deploy(client, api, "prod");
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ message: "Endpoint request timed out" });
  });
});

describe("HTTP_PROXY connection pool", () => {
  /**
   * A keep-alive backend that answers the first request on each connection and resets the connection at the
   * second, as a backend closing an idle pooled connection meets a request sent on it at that moment.
   */
  function startResettingBackend(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
    let connections = 0;
    const server = createNetServer((socket) => {
      connections++;
      let served = 0;
      let buffered = "";
      socket.on("data", (chunk: Buffer) => {
        buffered += chunk.toString("latin1");
        for (let end = buffered.indexOf("\r\n\r\n"); end >= 0; end = buffered.indexOf("\r\n\r\n")) {
          const length = Number(/content-length: *(\d+)/i.exec(buffered.slice(0, end))?.[1] ?? 0);
          if (buffered.length < end + 4 + length) return;
          buffered = buffered.slice(end + 4 + length);
          if (++served > 1) return void socket.resetAndDestroy();
          const body = '{"ok":true}';
          socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n${body}`);
        }
      });
    });
    return new Promise((resolve) =>
      server.listen(0, "127.0.0.1", () =>
        resolve({
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          connections: () => connections,
          close: () => new Promise((closed) => server.close(() => closed())),
        }),
      ),
    );
  }

  it("sends a GET again on a fresh connection when its pooled one is reset before any answer, and a POST not", async () => {
    const resetting = await startResettingBackend();
    try {
      const client = apiGatewayClient(sandbox.url);
      const api = await createApi(client, "http-proxy-stale");
      for (const httpMethod of ["GET", "POST"]) await addMethod(client, api, api.rootId, httpMethod, { type: "HTTP_PROXY", integrationHttpMethod: httpMethod, uri: `${resetting.url}/` });
      await deploy(client, api, "prod");
      const url = stageUrl(sandbox.url, api, "prod", "/");
      expect((await fetch(url)).status).toBe(200);
      // Pooled: the second GET goes out on the first connection, meets the reset, and is sent again on a new one.
      const again = await fetch(url);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ ok: true });
      expect(resetting.connections()).toBe(2);
      // A POST may not be repeated: its reset is an integration failure (504, INTEGRATION_FAILURE's default).
      const post = await fetch(url, { method: "POST", body: "{}" });
      expect(post.status).toBe(504);
      expect(resetting.connections()).toBe(2);
    } finally {
      await resetting.close();
    }
  });
});

describe("HTTP (non-proxy) integrations", () => {
  it("fills the URI from stage variables, maps parameters and transforms request and response with templates", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "http-mapped");
    const pet = await resourceAt(client, api, "/pets/{petId}");
    await addMethod(
      client,
      api,
      pet,
      "POST",
      {
        type: "HTTP",
        integrationHttpMethod: "POST",
        uri: "http://${stageVariables.backendHost}/animals/{id}",
        requestParameters: {
          "integration.request.path.id": "method.request.path.petId",
          "integration.request.header.X-Env": "stageVariables.env",
          "integration.request.querystring.src": "'gateway'",
        },
        requestTemplates: { "application/json": '{"animal": $input.json(\'$.name\'), "requestId": "$context.requestId"}' },
      },
      { requestParameters: { "method.request.path.petId": true } },
      { "application/json": '#set($b = $input.path(\'$\')){"seen": "$b.method $b.url $b.headers.get(\'x-env\')", "body": "$util.escapeJavaScript($b.body)"}' },
    );
    await deploy(client, api, "prod", { backendHost: backendUrl.slice("http://".length), env: "blue" });
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/pets/9"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"name":"Rex"}',
    });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.seen).toBe("POST /animals/9?src=gateway blue");
    expect(JSON.parse(result.body)).toEqual({ animal: "Rex", requestId: response.headers.get("x-amzn-requestid") });
  });

  it("answers 500 when no integration response matches the backend status and none is the default", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "http-no-default");
    const { PutMethodCommand, PutIntegrationCommand, PutMethodResponseCommand, PutIntegrationResponseCommand } = await import("@aws-sdk/client-api-gateway");
    await client.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET", authorizationType: "NONE" }));
    await client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET", type: "HTTP", integrationHttpMethod: "GET", uri: `${backendUrl}/missing` }));
    await client.send(new PutMethodResponseCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET", statusCode: "200" }));
    await client.send(new PutIntegrationResponseCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET", statusCode: "200", selectionPattern: "2\\d{2}" }));
    await deploy(client, api, "prod");
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: "Internal server error" });
  });
});
