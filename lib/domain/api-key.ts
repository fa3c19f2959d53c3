// API keys as the console shows them. The key's value is never part of these: it is shown once, on creation.

export type ApiKeySummary = {
  id: string;
  name: string;
  description: string | null;
  enabled: boolean;
  /** ISO 8601 */
  createdDate: string | null;
  /** The usage plans the key belongs to, by id. */
  usagePlanIds: string[];
};

/** A key that was just created: the only time its value leaves the server. */
export type CreatedApiKey = { key: ApiKeySummary; value: string };

/** What ImportApiKeys answered: the keys it created or updated, and AWS's warnings (one per refused row). */
export type ApiKeyImportResult = { ids: string[]; warnings: string[] };

/** AWS's bounds on a key value a person chooses (generated values are 40 characters). */
export const apiKeyValueLength = { min: 20, max: 128 } as const;

/** The header AWS's key file format expects; Name and Key are required, the rest optional, in any order. */
export const apiKeyCsvHeader = "Name,Key,Description,Enabled,UsagePlanIds";
