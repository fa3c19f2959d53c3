/** Next runs this once when the console server starts. */
export async function register(): Promise<void> {
  // The edge runtime has no file system or database drivers; the bootstrap belongs to the Node server only.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureBootstrap } = await import("./lib/auth/bootstrap");
  await ensureBootstrap();
}
