// A server that does no work: it answers each workload's request with a fixed body of the right shape, in a
// process of its own like the real targets. Its figures are the ceiling this client reaches on this machine
// at this moment, which is what the sandbox's and moto's figures should be read against.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, type BenchServer } from "./bench-servers";

const serverSource = `
const http = require("node:http");
const fs = require("node:fs");
const resources = fs.readFileSync(process.argv[1]);
const api = JSON.stringify({ id: "nullapi123", name: "null", rootResourceId: "nullroot12", createdDate: 1700000000 });
const resource = JSON.stringify({ id: "nullres123", parentId: "nullroot12", pathPart: "p", path: "/p" });
http.createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const type = { "Content-Type": "application/json" };
    if (request.method === "GET") return response.writeHead(200, type).end(resources);
    if (request.url === "/restapis") return response.writeHead(201, type).end(api);
    response.writeHead(201, type).end(resource);
  });
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
`;

/** Starts the null server; `getResourcesBody` is what it answers to every GET. */
export async function startNullServer(dir: string, getResourcesBody: string): Promise<BenchServer> {
  const bodyFile = join(dir, "get-resources.json");
  writeFileSync(bodyFile, getResourcesBody);
  const port = await freePort();
  const begin = performance.now();
  const child = spawn(process.execPath, ["-e", serverSource, bodyFile, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((ready, reject) => {
    child.stdout!.once("data", () => ready());
    child.once("exit", (code) => reject(new Error(`null server exited with ${code}`)));
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return {
    name: "null server",
    url: `http://127.0.0.1:${port}`,
    child,
    startupMs: performance.now() - begin,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
