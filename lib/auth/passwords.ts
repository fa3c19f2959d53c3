import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to the argon2id variant.
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

/** False for a wrong password or an unreadable hash: either way the sign-in fails the same way. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown email cannot be told apart by response time. */
export async function verifyDecoyPassword(password: string): Promise<false> {
  decoyHash ??= hashPassword("archway-decoy-password-never-matches");
  await verifyPassword(await decoyHash, password);
  return false;
}
