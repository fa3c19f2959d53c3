"use client";

import { useState } from "react";
import type { AuthorizerSummary } from "@/lib/domain/authorizer";
import { useTestAuthorizerMutation } from "@/lib/data/authorizers/test-authorizer-mutation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

/** TestInvokeAuthorizer with a token (TOKEN, Cognito) or request headers (REQUEST); shows policy, principal, claims and log. */
export function TestAuthorizerDialog({ envId, restApiId, authorizer, onClose }: { envId: string; restApiId: string; authorizer: AuthorizerSummary; onClose: () => void }) {
  const tokenHeader = authorizer.identitySources[0]?.replace(/^method\.request\.header\./, "") ?? "Authorization";
  const [headers, setHeaders] = useState(authorizer.type === "REQUEST" ? authorizer.identitySources.filter((source) => source.startsWith("method.request.header.")).map((source) => `${source.slice("method.request.header.".length)}: `).join("\n") : "");
  const [token, setToken] = useState("");
  const [queryString, setQueryString] = useState("");
  const test = useTestAuthorizerMutation();
  const result = test.data;
  const run = () => {
    const pairs = authorizer.type === "REQUEST" ? headers.split("\n").filter((line) => line.includes(":")).map((line) => ({ name: line.slice(0, line.indexOf(":")).trim(), value: line.slice(line.indexOf(":") + 1).trim() })) : [{ name: tokenHeader, value: token }];
    test.mutate({ envId, restApiId, authorizerId: authorizer.id, headers: pairs, queryString });
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={`Test ${authorizer.name}`} description="Runs the authorizer as API Gateway would; nothing is called behind it." className="max-w-2xl">
        <form noValidate onSubmit={(event) => (event.preventDefault(), run())}>
          <DialogBody>
            <FormAlert message={test.error?.message ?? null} />
            {authorizer.type === "REQUEST" ? (
              <>
                <Field label="Request headers" hint="One per line, Name: value">
                  {(control) => <Textarea {...control} rows={3} className="font-mono" value={headers} onChange={(event) => setHeaders(event.target.value)} />}
                </Field>
                <Field label="Query string" optional>
                  {(control) => <Input {...control} className="font-mono" placeholder="key=value&other=1" value={queryString} onChange={(event) => setQueryString(event.target.value)} />}
                </Field>
              </>
            ) : (
              <Field label={`Token (${tokenHeader} header)`}>
                {(control) => <Input {...control} className="font-mono" value={token} onChange={(event) => setToken(event.target.value)} autoComplete="off" />}
              </Field>
            )}
            {result ? (
              <section aria-label="Test result" className="flex flex-col gap-2 text-[13px]">
                <p className="flex items-center gap-2">
                  <Badge tone={result.clientStatus === 200 ? "success" : "danger"}>Status {result.clientStatus}</Badge>
                  {result.latencyMs !== null ? <span className="text-muted-foreground">{result.latencyMs} ms</span> : null}
                  {result.principalId ? <span>Principal <span className="font-mono">{result.principalId}</span></span> : null}
                </p>
                {result.policy ? <Output label="Policy" text={pretty(result.policy)} /> : null}
                {Object.keys(result.claims).length ? <Output label="Claims" text={JSON.stringify(result.claims, null, 2)} /> : null}
                {Object.keys(result.authorization).length ? <Output label="Authorization" text={JSON.stringify(result.authorization, null, 2)} /> : null}
                {result.log ? <Output label="Log (includes the context the authorizer returned)" text={result.log} /> : null}
              </section>
            ) : null}
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>Done</Button>
            <Button type="submit" variant="primary" pending={test.isPending}>
              Test
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function Output({ label, text }: { label: string; text: string }) {
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-xs font-medium text-muted-foreground">{label}</h3>
      <pre className="max-h-48 overflow-auto rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs whitespace-pre-wrap">{text}</pre>
    </div>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
