import { parseCliOptions, usage } from "./cli-options";
import { startSandbox } from "./sandbox";

async function main(): Promise<void> {
  let options;
  try {
    options = parseCliOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(usage);
    return;
  }
  const started = Date.now();
  const sandbox = await startSandbox(options.config, { logLevel: options.logLevel });
  const where = options.config.dataDir ? `state in ${options.config.dataDir}` : "state in memory";
  // Tests and `npm start` read this line to learn the port.
  process.stdout.write(`Archway sandbox listening on ${sandbox.url} (${where}, started in ${Date.now() - started} ms)\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`[sandbox] ${signal}: saving state and stopping\n`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[sandbox] could not close cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EADDRINUSE") process.stderr.write(`[sandbox] the port is already in use; pass --port or set ARCHWAY_SANDBOX_PORT\n`);
  else process.stderr.write(`[sandbox] failed to start: ${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
