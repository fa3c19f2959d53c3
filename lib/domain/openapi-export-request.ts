/** What to export: the working copy (no stage) or a stage, as OpenAPI 3 or Swagger 2, JSON or YAML, with which API Gateway extensions. */
export const exportTypes = ["oas30", "swagger"] as const;
export const exportFormats = ["json", "yaml"] as const;
// AWS's `extensions` values for GetExport; "none" sends no parameter (a plain OpenAPI document).
export const exportExtensions = ["none", "integrations", "apigateway", "authorizers", "postman"] as const;

export type OpenApiExportRequest = {
  restApiId: string;
  exportType: (typeof exportTypes)[number];
  format: (typeof exportFormats)[number];
  extensions: (typeof exportExtensions)[number];
};
