import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  type APIGatewayClient,
} from "@aws-sdk/client-api-gateway";

/** A REST API with one MOCK GET method deployed to `stageName`: what usage plans and domain mappings point at. */
export async function createDeployedStage(client: APIGatewayClient, stageName = "prod"): Promise<{ apiId: string; stageName: string }> {
  const api = await client.send(new CreateRestApiCommand({ name: `api-for-${stageName}` }));
  const apiId = api.id!;
  await client.send(new PutMethodCommand({ restApiId: apiId, resourceId: api.rootResourceId, httpMethod: "GET", authorizationType: "NONE" }));
  await client.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: api.rootResourceId, httpMethod: "GET", type: "MOCK" }));
  await client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName }));
  return { apiId, stageName };
}
