export const endpointTypes = ["EDGE", "REGIONAL", "PRIVATE"] as const;

export type EndpointType = (typeof endpointTypes)[number];

export type RestApiSummary = {
  id: string;
  name: string;
  description: string | null;
  endpointType: EndpointType;
  /** ISO 8601 */
  createdDate: string;
};

/** The endpoint type AWS reports first; an API with no endpoint configuration is edge-optimized, AWS's default. */
export function primaryEndpointType(types: readonly string[] | undefined): EndpointType {
  const first = types?.[0];
  return endpointTypes.find((type) => type === first) ?? "EDGE";
}
