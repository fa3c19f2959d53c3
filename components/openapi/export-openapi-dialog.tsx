"use client";

import { useState } from "react";
import { Download } from "lucide-react";
import type { OpenApiExportRequest } from "@/lib/domain/openapi-export-request";
import { buttonVariants } from "@/components/ui/button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { Select } from "@/components/ui/select";

type ExportOpenApiDialogProps = { envId: string; restApiId: string; apiName: string; stageNames: string[]; open: boolean; onOpenChange: (open: boolean) => void };

// Radix Select needs a non-empty value; stage names cannot contain a space, so this never clashes.
const workingCopy = "working copy";
const extensionOptions: { value: OpenApiExportRequest["extensions"]; label: string; description: string }[] = [
  { value: "apigateway", label: "API Gateway (all)", description: "Integrations, authorizers and every other x-amazon-apigateway extension." },
  { value: "integrations", label: "Integrations", description: "x-amazon-apigateway-integration on each operation." },
  { value: "authorizers", label: "Authorizers", description: "x-amazon-apigateway-authorizer on security schemes." },
  { value: "postman", label: "Postman", description: "Extensions for importing into Postman." },
  { value: "none", label: "None", description: "A plain OpenAPI document." },
];

/** Export the working copy or a stage as OpenAPI 3 or Swagger 2, JSON or YAML, as a file download. */
export default function ExportOpenApiDialog({ envId, restApiId, apiName, stageNames, open, onOpenChange }: ExportOpenApiDialogProps) {
  const [stage, setStage] = useState(workingCopy);
  const [exportType, setExportType] = useState<OpenApiExportRequest["exportType"]>("oas30");
  const [format, setFormat] = useState<OpenApiExportRequest["format"]>("yaml");
  const [extensions, setExtensions] = useState<OpenApiExportRequest["extensions"]>("apigateway");
  const fromWorkingCopy = stage === workingCopy;
  // The working copy is built by the console as OpenAPI 3 with all or none of the extensions (see lib/aws/openapi-export.ts).
  const type = fromWorkingCopy ? "oas30" : exportType;
  const chosenExtensions = fromWorkingCopy && !["apigateway", "none"].includes(extensions) ? "apigateway" : extensions;
  const query = new URLSearchParams({ type, format, extensions: chosenExtensions, ...(fromWorkingCopy ? {} : { stage }) });
  const href = `/api/env/${encodeURIComponent(envId)}/rest-apis/${encodeURIComponent(restApiId)}/export?${query}`;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={`Export “${apiName}”`} description="Download the API as an OpenAPI document.">
        <DialogBody>
          <Field label="Source" hint={fromWorkingCopy ? "The API as it is now, deployed or not." : `What stage ${stage} serves now.`}>
            {(control) => (
              <Select
                {...control}
                value={stage}
                onValueChange={setStage}
                options={[{ value: workingCopy, label: "Working copy" }, ...stageNames.map((name) => ({ value: name, label: `Stage ${name}` }))]}
              />
            )}
          </Field>
          <div className="flex flex-wrap gap-6">
            <SegmentedControl
              label="Specification"
              value={type}
              onValueChange={setExportType}
              options={[
                { value: "oas30", label: "OpenAPI 3" },
                { value: "swagger", label: "Swagger 2", disabled: fromWorkingCopy },
              ]}
            />
            <SegmentedControl
              label="Format"
              value={format}
              onValueChange={setFormat}
              options={[
                { value: "yaml", label: "YAML" },
                { value: "json", label: "JSON" },
              ]}
            />
          </div>
          <Field label="Extensions" hint={fromWorkingCopy ? "For Swagger or a single set of extensions, export a stage." : undefined}>
            {(control) => (
              <Select
                {...control}
                value={chosenExtensions}
                onValueChange={(value) => setExtensions(value as OpenApiExportRequest["extensions"])}
                options={extensionOptions.filter((option) => !fromWorkingCopy || ["apigateway", "none"].includes(option.value))}
              />
            )}
          </Field>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <a href={href} download className={buttonVariants({ variant: "primary" })} onClick={() => onOpenChange(false)}>
            <Download aria-hidden />
            Download
          </a>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
