import next from "eslint-config-next";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".archway/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // The sandbox is a product of its own: it must not reach into the console.
    files: ["emulator/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/app/*", "@/components/*", "@/lib/*", "../../lib/*", "../lib/*"] }],
    },
  },
  {
    // Only lib/aws talks to AWS.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/actions/**/*.ts", "lib/data/**/*.ts", "lib/domain/**/*.ts", "lib/auth/**/*.ts", "lib/db/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["@aws-sdk/*"] }] },
  },
];
export default config;
