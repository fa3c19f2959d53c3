import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/test-databases";
import { authenticate, invalidCredentialsMessage } from "./authenticate";
import { createSession, deleteSession, findSessionUser } from "./session-store";
import { createUser } from "./users";

const hour = 3_600_000;
const start = new Date();
const at = (hours: number) => new Date(start.getTime() + hours * hour);
const password = "correct horse battery";

describeEachDatabase("sessions and sign-in", (db) => {
  const newUser = () => createUser(db(), { email: "ada@example.com", name: "Ada", password, role: "deployer" });

  it("finds the user for a session token and stores only the token's hash", async () => {
    const user = await newUser();
    const { token } = await createSession(db(), user.id, start);
    expect(await findSessionUser(db(), token, at(1))).toEqual({ id: user.id, email: "ada@example.com", name: "Ada", role: "deployer" });
    const rows = await db().query.sessions.findMany();
    expect(rows.map((row) => row.tokenHash)).not.toContain(token);
    expect(await findSessionUser(db(), "not-a-token", at(1))).toBeNull();
  });

  it("keeps an active session alive past 12 hours but ends an idle one", async () => {
    const user = await newUser();
    const busy = await createSession(db(), user.id, start);
    const idle = await createSession(db(), user.id, start);
    expect(await findSessionUser(db(), busy.token, at(10))).not.toBeNull();
    expect(await findSessionUser(db(), busy.token, at(20))).not.toBeNull();
    expect(await findSessionUser(db(), idle.token, at(12.5))).toBeNull();
  });

  it("ends a session 7 days after sign-in however active it is", async () => {
    const user = await newUser();
    const { token } = await createSession(db(), user.id, start);
    for (let hours = 10; hours < 7 * 24; hours += 10) expect(await findSessionUser(db(), token, at(hours))).not.toBeNull();
    expect(await findSessionUser(db(), token, at(7 * 24 + 0.1))).toBeNull();
  });

  it("signs out by deleting the session", async () => {
    const user = await newUser();
    const { token } = await createSession(db(), user.id, start);
    await deleteSession(db(), token);
    expect(await findSessionUser(db(), token, at(1))).toBeNull();
  });

  it("gives the same message for an unknown email and a wrong password", async () => {
    await newUser();
    const unknown = { email: "nobody@example.com", password, ip: "10.0.0.1" };
    const wrong = { email: "ada@example.com", password: "nope", ip: "10.0.0.1" };
    await expect(authenticate(db(), unknown, start)).rejects.toMatchObject({ code: "unauthenticated", message: invalidCredentialsMessage });
    await expect(authenticate(db(), wrong, start)).rejects.toMatchObject({ code: "unauthenticated", message: invalidCredentialsMessage });
    await expect(authenticate(db(), { email: "ada@example.com", password, ip: "10.0.0.1" }, start)).resolves.toMatchObject({ email: "ada@example.com" });
  });

  it("blocks an email after five failures in 15 minutes, even with the right password, and says when to retry", async () => {
    await newUser();
    for (let minute = 0; minute < 5; minute++) {
      const when = new Date(start.getTime() + minute * 60_000);
      await expect(authenticate(db(), { email: "ada@example.com", password: "wrong", ip: `10.0.0.${minute}` }, when)).rejects.toMatchObject({ code: "unauthenticated" });
    }
    const blocked = authenticate(db(), { email: "ada@example.com", password, ip: "10.0.9.9" }, at(5 / 60));
    await expect(blocked).rejects.toMatchObject({ code: "rate_limited", message: "Too many sign-in attempts. Try again in 10 minutes." });
    await expect(authenticate(db(), { email: "ada@example.com", password, ip: "10.0.9.9" }, at(16 / 60))).resolves.toMatchObject({ role: "deployer" });
  });

  it("blocks an address that fails for many different emails", async () => {
    for (let n = 0; n < 20; n++) {
      await expect(authenticate(db(), { email: `guess${n}@example.com`, password: "x", ip: "203.0.113.7" }, start)).rejects.toMatchObject({ code: "unauthenticated" });
    }
    const next = authenticate(db(), { email: "another@example.com", password: "x", ip: "203.0.113.7" }, start);
    await expect(next).rejects.toMatchObject({ code: "rate_limited" });
  });
});
