import { and, eq } from "drizzle-orm";
import type { DatabaseExecutor } from "@/lib/db/client";
import { protectedStages } from "@/lib/db/schema";

/** Names of the stages of one API an admin marked protected. */
export async function listProtectedStageNames(db: DatabaseExecutor, envId: string, restApiId: string): Promise<string[]> {
  const rows = await db
    .select({ stageName: protectedStages.stageName })
    .from(protectedStages)
    .where(and(eq(protectedStages.envId, envId), eq(protectedStages.restApiId, restApiId)));
  return rows.map((row) => row.stageName).sort();
}

/** Marks or unmarks a stage; marking twice is a no-op. */
export async function setStageProtected(db: DatabaseExecutor, stage: { envId: string; restApiId: string; stageName: string }, isProtected: boolean, markedBy: string): Promise<void> {
  if (isProtected) {
    await db.insert(protectedStages).values({ ...stage, markedBy }).onConflictDoNothing();
    return;
  }
  await db
    .delete(protectedStages)
    .where(and(eq(protectedStages.envId, stage.envId), eq(protectedStages.restApiId, stage.restApiId), eq(protectedStages.stageName, stage.stageName)));
}

/** A stage needs a typed confirmation when its environment is protected or an admin marked it. */
export async function isStageProtected(db: DatabaseExecutor, env: { id: string; protected: boolean }, restApiId: string, stageName: string): Promise<boolean> {
  if (env.protected) return true;
  return (await listProtectedStageNames(db, env.id, restApiId)).includes(stageName);
}
