import "server-only";
import { getAccountSettings } from "@/lib/aws/account";
import { listClientCertificates } from "@/lib/aws/client-certificates";
import { listDocumentationVersions } from "@/lib/aws/documentation-versions";
import { currentPrices } from "@/lib/aws/pricing";
import { listResourceMethods } from "@/lib/aws/resource-methods";
import type { ClientCertificateSummary } from "@/lib/domain/client-certificate";
import type { RegionPrices } from "@/lib/domain/price-table";
import type { MethodRef } from "@/lib/domain/stage-logging";
import type { EnvironmentSummary } from "@/lib/environments/environments";

/** What the Settings and Logs & metrics tabs need beyond the stage itself. */
export type StageSettingsContext = {
  region: string;
  sandbox: boolean;
  certificates: ClientCertificateSummary[];
  documentationVersions: string[];
  /** GetAccount's cloudwatchRoleArn: execution logging and log-group access logging need it on AWS. */
  cloudWatchRoleArn: string | null;
  /** Every method of the working copy, for per-method overrides. */
  methods: MethodRef[];
  prices: RegionPrices;
};

/** Certificates, documentation versions, the account's logging role and the API's methods, read in parallel. */
export async function readStageSettingsContext(env: EnvironmentSummary, restApiId: string): Promise<StageSettingsContext> {
  const [certificates, documentationVersions, cloudWatchRoleArn, resources] = await Promise.all([
    listClientCertificates(env),
    listDocumentationVersions(env, restApiId),
    getAccountSettings(env).then((account) => account.cloudwatchRoleArn),
    listResourceMethods(env, restApiId),
  ]);
  return {
    region: env.region,
    sandbox: env.kind === "sandbox",
    certificates,
    documentationVersions,
    cloudWatchRoleArn,
    methods: resources.flatMap((resource) => resource.methods.map((httpMethod) => ({ resourcePath: resource.path, httpMethod }))),
    prices: currentPrices(env).prices,
  };
}
