// AWS's API Gateway control-plane rate limits per account (developer guide, "Amazon API Gateway
// quotas"): these cannot be raised on AWS, so the console must cope with them.

export interface RateQuota {
  /** requests per second */
  readonly rate: number;
  readonly burst: number;
}

const perSeconds = (seconds: number): RateQuota => ({ rate: 1 / seconds, burst: 1 });

export const accountControlPlaneQuota: RateQuota = { rate: 10, burst: 40 };

export const operationQuotas: Readonly<Record<string, RateQuota>> = {
  CreateApiKey: { rate: 5, burst: 5 },
  CreateDeployment: perSeconds(5),
  CreateDocumentationVersion: perSeconds(20),
  CreateDomainName: perSeconds(30),
  CreateResource: { rate: 5, burst: 5 },
  // Regional/private; edge-optimized APIs are stricter (1 per 30 s) but the endpoint type is in the body.
  CreateRestApi: perSeconds(3),
  DeleteApiKey: { rate: 5, burst: 5 },
  DeleteDomainName: perSeconds(30),
  DeleteResource: { rate: 5, burst: 5 },
  DeleteRestApi: perSeconds(30),
  GetResources: { rate: 2.5, burst: 5 },
  ImportDocumentationParts: perSeconds(30),
  ImportRestApi: perSeconds(3),
  PutRestApi: { rate: 1, burst: 1 },
  UpdateAccount: perSeconds(20),
  UpdateDomainName: perSeconds(30),
  UpdateUsagePlan: perSeconds(20),
};
