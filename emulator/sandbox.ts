import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Store } from "./store/store";
import { Realism } from "./realism/realism";
import { createSandboxServer } from "./protocol/http-server";
import { createLogger, type Logger, type LogLevel } from "./logger";
import type { SandboxConfig } from "./config";

export interface RunningSandbox {
  readonly url: string;
  readonly port: number;
  readonly store: Store;
  readonly realism: Realism;
  readonly server: Server;
  close(): Promise<void>;
}

/** Opens the store, starts the HTTP server and resolves once it listens. */
export async function startSandbox(
  config: SandboxConfig,
  options: { logLevel?: LogLevel; logger?: Logger; durable?: boolean } = {},
): Promise<RunningSandbox> {
  const logger = options.logger ?? createLogger(options.logLevel);
  const store = await Store.open({ dataDir: config.dataDir, durable: options.durable });
  const realism = new Realism(config.realism);
  const offset = config.clockOffsetMs;
  const now = offset === 0 ? Date.now : () => Date.now() + offset;
  const server = createSandboxServer({ store, config, realism, logger, now });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  config.port = port;
  const shownHost = config.host.includes(":") ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    store,
    realism,
    server,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await store.close();
      })();
      return closing;
    },
  };
}
