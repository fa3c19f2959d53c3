import Link from "next/link";
import type { ApiResource } from "@/lib/domain/api-resource";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MethodBadge } from "./method-badge";

const integrationLabels: Record<string, string> = {
  MOCK: "Mock",
  HTTP: "HTTP",
  HTTP_PROXY: "HTTP proxy",
  AWS: "AWS service",
  AWS_PROXY: "Lambda proxy",
};

const authorizationLabels: Record<string, string> = { NONE: "None", AWS_IAM: "IAM", CUSTOM: "Lambda authorizer", COGNITO_USER_POOLS: "Cognito user pool" };

/** A resource's methods, each linking to its method editor. */
export function ResourceMethodsTable({ resource, methodHref }: { resource: ApiResource; methodHref: (httpMethod: string) => string }) {
  return (
    <Table label={`Methods of ${resource.path}`}>
      <TableHeader>
        <TableRow>
          <TableHead className="w-28">Method</TableHead>
          <TableHead>Authorization</TableHead>
          <TableHead>API key</TableHead>
          <TableHead>Integration</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {resource.methods.map((method) => (
          <TableRow key={method.httpMethod}>
            <TableCell>
              <Link
                href={methodHref(method.httpMethod)}
                aria-label={`${method.httpMethod} ${resource.path}`}
                className="inline-flex rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <MethodBadge method={method.httpMethod} className="h-5 px-1.5 text-[11px] hover:underline" />
              </Link>
            </TableCell>
            <TableCell>{method.authorizationType ? (authorizationLabels[method.authorizationType] ?? method.authorizationType) : "—"}</TableCell>
            <TableCell>{method.apiKeyRequired ? "Required" : "Not required"}</TableCell>
            <TableCell className="text-muted-foreground">
              {method.integrationType ? (integrationLabels[method.integrationType] ?? method.integrationType) : "No integration yet"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
