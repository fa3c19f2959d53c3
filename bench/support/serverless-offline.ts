// serverless-offline (13.10, on the serverless framework 3.39 it needs), the tool teams use today, for the
// data-plane comparison. It is not a project dependency: the first run installs it into a cache folder outside
// the repository (npm install --prefix); when that fails the caller prints why and skips its rows.
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { benchPort, type BenchServer } from "./bench-servers";
import { FIXED_BODY } from "./bare-node-servers";

const PACKAGES = ["serverless@3.39.0", "serverless-offline@13.10.0"];
const CACHE_DIR = process.env.BENCH_CACHE_DIR ?? join(homedir(), ".cache/archway-bench/serverless-offline");

/** Installs the pinned packages once; resolves with the folder, or rejects with npm's reason. */
async function installed(): Promise<string> {
  const cli = join(CACHE_DIR, "node_modules/serverless/bin/serverless.js");
  if (existsSync(cli) && existsSync(join(CACHE_DIR, "node_modules/serverless-offline"))) return CACHE_DIR;
  mkdirSync(CACHE_DIR, { recursive: true });
  console.log(`installing ${PACKAGES.join(" ")} into ${CACHE_DIR} ...`);
  await promisify(execFile)("npm", ["install", "--prefix", CACHE_DIR, "--no-audit", "--no-fund", ...PACKAGES], { timeout: 600_000 });
  return CACHE_DIR;
}

function serviceYaml(httpPort: number, lambdaPort: number, backendUrl: string): string {
  return `service: archway-bench
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs20.x
  stage: prod
  region: us-east-1
functions:
  fixed:
    handler: handler.fixed
    events:
      - http: { path: lambda, method: get }
plugins:
  - serverless-offline
custom:
  serverless-offline:
    host: 127.0.0.1
    httpPort: ${httpPort}
    lambdaPort: ${lambdaPort}
    noPrependStageInUrl: true
    resourceRoutes: true
resources:
  Resources:
    ProxyResource:
      Type: AWS::ApiGateway::Resource
      Properties:
        ParentId: { "Fn::GetAtt": [ApiGatewayRestApi, RootResourceId] }
        PathPart: proxy
        RestApiId: { Ref: ApiGatewayRestApi }
    ProxyMethod:
      Type: AWS::ApiGateway::Method
      Properties:
        ResourceId: { Ref: ProxyResource }
        RestApiId: { Ref: ApiGatewayRestApi }
        HttpMethod: GET
        AuthorizationType: NONE
        Integration:
          Type: HTTP_PROXY
          IntegrationHttpMethod: GET
          Uri: ${backendUrl}/
`;
}

export interface ServerlessOffline extends BenchServer {
  readonly lambdaUrl: string;
  readonly httpProxyUrl: string;
}

/** Starts `serverless offline` with a Lambda route and an HTTP_PROXY route to `backendUrl`. */
export async function startServerlessOffline(backendUrl: string, workDir: string): Promise<ServerlessOffline> {
  const dir = await installed();
  const [httpPort, lambdaPort] = [await benchPort(), await benchPort()];
  // The framework loads plugins from the service's own node_modules.
  symlinkSync(join(dir, "node_modules"), join(workDir, "node_modules"));
  writeFileSync(join(workDir, "serverless.yml"), serviceYaml(httpPort, lambdaPort, backendUrl));
  writeFileSync(
    join(workDir, "handler.js"),
    `exports.fixed = async () => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: ${JSON.stringify(FIXED_BODY)} });\n`,
  );
  const begin = performance.now();
  const child = spawn(process.execPath, [join(dir, "node_modules/serverless/bin/serverless.js"), "offline", "start"], {
    cwd: workDir,
    env: { ...process.env, SLS_TELEMETRY_DISABLED: "1", SLS_NOTIFICATIONS_MODE: "off", AWS_ACCESS_KEY_ID: "bench", AWS_SECRET_ACCESS_KEY: "bench" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const onOutput = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on("data", onOutput);
  child.stderr!.on("data", onOutput);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  await new Promise<void>((ready, reject) => {
    const timer = setTimeout(() => reject(new Error(`serverless offline did not start in 60 s: ${output.slice(-2000)}`)), 60_000);
    const check = () => {
      if (/Server ready/.test(output)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    child.once("exit", (code) => reject(new Error(`serverless offline exited with ${code}: ${output.slice(-2000)}`)));
  });
  const url = `http://127.0.0.1:${httpPort}`;
  return {
    name: "serverless-offline",
    url,
    lambdaUrl: `${url}/lambda`,
    httpProxyUrl: `${url}/proxy`,
    child,
    startupMs: performance.now() - begin,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
