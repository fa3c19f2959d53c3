import { randomUUID } from "node:crypto";

/** AWS request ids are UUIDs (x-amzn-RequestId). */
export const newRequestId = (): string => randomUUID();
