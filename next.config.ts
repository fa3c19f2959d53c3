import type { NextConfig } from "next";

// Headers that do not depend on the request; the per-request Content-Security-Policy (with its nonce) is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // next dev prints every server action's arguments; API key values, imported key CSVs and passwords must not reach a log.
  logging: { serverFunctions: false },
  // The build checks the console's own code; the sandbox and the test suites are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.console.json" },
  // Database drivers load WebAssembly / native code at run time: Node requires them instead of the bundler.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  experimental: {
    // Lets requireUser() answer an under-privileged request with forbidden() (app/forbidden.tsx).
    authInterrupts: true,
    // OpenAPI imports may be 6 MB (AWS's limit) and test-invoke bodies 10 MB (API Gateway's payload limit).
    serverActions: { bodySizeLimit: "11mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
