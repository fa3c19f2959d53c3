// The floor the data-plane benchmarks compare against: a bare Node http server answering the same fixed JSON
// body, and a bare Node proxy forwarding every request to a backend over a keep-alive connection pool (what an
// HTTP_PROXY integration does, with nothing else). Each runs in a process of its own so its CPU time is its own.
import { spawn } from "node:child_process";
import { benchPort, type BenchServer } from "./bench-servers";

/** The body every data-plane target answers with. */
export const FIXED_BODY = '{"message":"hello from the bench","items":[1,2,3]}';

const bareServerSource = `
const http = require("node:http");
const body = Buffer.from(process.argv[1]);
http.createServer((request, response) => {
  request.resume();
  request.on("end", () => response.writeHead(200, { "content-type": "application/json", "content-length": body.length }).end(body));
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
`;

const bareProxySource = `
const http = require("node:http");
const backend = new URL(process.argv[1]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "host"]);
http.createServer((request, response) => {
  const headers = {};
  for (const [name, value] of Object.entries(request.headers)) if (!HOP.has(name)) headers[name] = value;
  const out = http.request({ host: backend.hostname, port: backend.port, method: request.method, path: request.url, headers, agent }, (answer) => {
    const back = {};
    for (const [name, value] of Object.entries(answer.headers)) if (!HOP.has(name)) back[name] = value;
    response.writeHead(answer.statusCode, back);
    answer.pipe(response);
  });
  out.on("error", () => response.writeHead(502).end());
  request.pipe(out);
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
`;

async function startNodeScript(name: string, source: string, args: string[]): Promise<BenchServer> {
  const port = await benchPort();
  const begin = performance.now();
  const child = spawn(process.execPath, ["-e", source, ...args, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((ready, reject) => {
    child.stdout!.once("data", () => ready());
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    child,
    startupMs: performance.now() - begin,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A bare Node http server answering FIXED_BODY to every request. */
export const startBareServer = () => startNodeScript("bare Node server", bareServerSource, [FIXED_BODY]);

/** A bare Node proxy forwarding every request to `backendUrl` over keep-alive connections. */
export const startBareProxy = (backendUrl: string) => startNodeScript("bare Node proxy", bareProxySource, [backendUrl]);
