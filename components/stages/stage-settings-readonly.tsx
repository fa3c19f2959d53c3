import type { StageSettings } from "@/lib/domain/stage-settings";
import { Badge } from "@/components/ui/badge";
import { SettingsRow } from "./settings-row";
import { WebAclAssociation } from "./web-acl-association";

type StageSettingsReadonlyProps = {
  settings: StageSettings;
  stage: { stageName: string; deploymentId: string | null; createdDate: string | null; lastUpdatedDate: string | null };
  restApiId: string;
  region: string;
  sandbox: boolean;
  canEdit: boolean;
};

const when = (iso: string | null) => (iso ? new Date(iso).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "not given");

/** What else AWS holds for the stage, shown as it is: Archway edits these elsewhere or not at all. */
export function StageSettingsReadonly({ settings, stage, restApiId, region, sandbox, canEdit }: StageSettingsReadonlyProps) {
  const tags = Object.entries(settings.tags).sort(([a], [b]) => a.localeCompare(b));
  const cache = settings.cacheCluster;
  return (
    <section aria-labelledby="stage-held-by-aws" className="flex flex-col gap-2">
      <h3 id="stage-held-by-aws" className="text-[14px] font-semibold">Also on this stage</h3>
      <div className="rounded-lg border border-border">
        <SettingsRow label="AWS WAF web ACL" hint={sandbox ? "The sandbox has no AWS WAF: a stage there never has a web ACL and nothing is filtered." : "Associated through AWS WAF (AssociateWebACL), not through API Gateway."}>
          <p className="break-all font-mono text-[13px]">{settings.webAclArn ?? <span className="font-sans text-muted-foreground">None</span>}</p>
          {canEdit ? <WebAclAssociation region={region} restApiId={restApiId} stageName={stage.stageName} /> : null}
        </SettingsRow>
        <SettingsRow label="Tags" hint="Read-only here; change them with TagResource / UntagResource (CLI, Terraform).">
          {tags.length === 0 ? (
            <p className="text-[13px] text-muted-foreground">No tags</p>
          ) : (
            <ul aria-label="Stage tags" className="flex flex-wrap gap-1.5">
              {tags.map(([key, value]) => (
                <li key={key}>
                  <Badge className="font-mono">{key}={value}</Badge>
                </li>
              ))}
            </ul>
          )}
        </SettingsRow>
        <SettingsRow label="Cache cluster" hint="Edited on the Caching tab.">
          <p className="text-[13px]">{cache.enabled ? `On, ${cache.size ?? "?"} GB` : "Off"}{cache.status ? <span className="ml-2 text-muted-foreground">({cache.status})</span> : null}</p>
        </SettingsRow>
        <SettingsRow label="Deployment" hint="Changed by deploying or rolling back (Overview tab).">
          <p className="font-mono text-[13px]">{stage.deploymentId ?? "none"}</p>
        </SettingsRow>
        <SettingsRow label="Created · last updated">
          <p className="text-[13px] tabular-nums">{when(stage.createdDate)} · {when(stage.lastUpdatedDate)}</p>
        </SettingsRow>
      </div>
    </section>
  );
}
