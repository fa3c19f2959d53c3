#!/usr/bin/env node
// `npm run bench`: runs every bench/ script in turn and prints their figures (no assertions).
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (label, command, args) => {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) console.log(`--- ${label} exited with ${result.status ?? result.signal}`);
};
const tsx = (file) => [process.execPath, ["--import", "tsx", file]];

run("sandbox start-up and memory (100 APIs x 300 resources)", ...tsx("bench/sandbox-startup.ts"));
run("sandbox throughput vs moto", ...tsx("bench/sandbox-throughput.ts"));
run("sandbox data plane vs a bare Node server and serverless-offline", ...tsx("bench/data-plane-throughput.ts"));
run("sandbox data plane: CPU per request of the handler chain alone", ...tsx("bench/data-plane-handler-cpu.ts"));
run("sandbox data plane memory under a 10-minute load at c=64", ...tsx("bench/data-plane-soak.ts"));
run("production build of the console", process.execPath, ["node_modules/next/dist/bin/next", "build"]);
run("console: first-load JS of the APIs page, the resources designer and the dashboards", ...tsx("bench/console-first-load.ts"));
run("console: AWS calls to render 200 APIs", ...tsx("bench/console-api-list-calls.ts"));
run("console: opening the resources designer (300 resources, 50 ms per call)", ...tsx("bench/designer-open-calls.ts"));
run("console: designer filter keystroke at 1,000 resources", ...tsx("bench/designer-filter-keystroke.ts"));
run("console: undeployed diff and deploy of a 300-resource API (50 ms per call)", process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/deploy-diff.ts"]);
run("console: GetMetricData calls for the dashboards of 20 APIs x 3 stages", process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/dashboard-reads.ts"]);
run("console: navigation to painted dashboard charts (50 ms per call)", ...tsx("bench/dashboard-paint.ts"));
run("console: environment advisor reads, 50 APIs x 20 resources (50 ms per call)", process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/advisor-environment.ts"]);
run("console: README first command to a usable console", "bash", ["bench/console-startup.sh"]);
