import type { EndpointType } from "@/lib/domain/rest-api";
import { Badge } from "@/components/ui/badge";

export const endpointTypeOptions: ReadonlyArray<{ value: EndpointType; label: string; description: string }> = [
  { value: "REGIONAL", label: "Regional", description: "Served from this region; best for clients in the same region." },
  { value: "EDGE", label: "Edge-optimized", description: "Routed through CloudFront for clients around the world." },
  { value: "PRIVATE", label: "Private", description: "Reachable only from your VPCs through an interface endpoint." },
];

export function endpointTypeLabel(type: EndpointType): string {
  return endpointTypeOptions.find((option) => option.value === type)?.label ?? type;
}

export function EndpointTypeBadge({ type }: { type: EndpointType }) {
  return <Badge>{endpointTypeLabel(type)}</Badge>;
}
