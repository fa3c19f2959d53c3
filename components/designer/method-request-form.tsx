"use client";

import { authorizationTypes, type AuthorizationType } from "@/lib/domain/method-definition";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ContentTypeModels } from "./content-type-models";
import { EditorSection } from "./editor-section";
import { noneValue, type MethodPartProps } from "./method-editor-types";
import { RequestParametersTable } from "./request-parameters-table";

const authorizationLabels: Record<AuthorizationType, string> = {
  NONE: "None",
  AWS_IAM: "AWS IAM (SigV4)",
  CUSTOM: "Lambda authorizer",
  COGNITO_USER_POOLS: "Cognito user pool",
};

/** Authorization, API key, operation name, request parameters, validator and request models. */
export function MethodRequestForm({ value, onChange, pickers, readOnly, errors }: MethodPartProps) {
  const needsAuthorizer = value.authorizationType === "CUSTOM" || value.authorizationType === "COGNITO_USER_POOLS";
  const authorizerType = value.authorizationType === "CUSTOM" ? ["TOKEN", "REQUEST"] : ["COGNITO_USER_POOLS"];
  const authorizers = pickers.authorizers.filter((authorizer) => authorizerType.includes(authorizer.type));
  const validatorOptions = [{ value: noneValue, label: "None" }, ...pickers.validators.map((validator) => ({ value: validator.id, label: validator.name, description: validatorMeaning(validator) }))];
  return (
    <div className="flex flex-col gap-6">
      <EditorSection title="Access">
        <div className="grid max-w-3xl grid-cols-2 gap-4">
          <Field label="Authorization" errors={errors.authorizationType}>
            {(control) => (
              <Select
                {...control}
                value={value.authorizationType}
                disabled={readOnly}
                options={authorizationTypes.map((type) => ({ value: type, label: authorizationLabels[type] }))}
                onValueChange={(type) => onChange({ ...value, authorizationType: type as AuthorizationType, authorizerId: null, authorizationScopes: [] })}
              />
            )}
          </Field>
          {needsAuthorizer ? (
            <Field label="Authorizer" errors={errors.authorizerId} hint={authorizers.length === 0 ? "This API has no authorizer of this kind yet." : undefined}>
              {(control) => (
                <Select {...control} value={value.authorizerId ?? ""} placeholder="Choose an authorizer" disabled={readOnly} options={authorizers.map((a) => ({ value: a.id, label: a.name }))} onValueChange={(authorizerId) => onChange({ ...value, authorizerId })} />
              )}
            </Field>
          ) : null}
          {value.authorizationType === "COGNITO_USER_POOLS" ? (
            <Field label="OAuth scopes" optional hint="Comma-separated, e.g. pets/read, pets/write" errors={errors.authorizationScopes}>
              {(control) => (
                <Input {...control} readOnly={readOnly} defaultValue={value.authorizationScopes.join(", ")} onChange={(event) => onChange({ ...value, authorizationScopes: splitScopes(event.target.value) })} />
              )}
            </Field>
          ) : null}
        </div>
        <CheckboxField label="API key required" description="Callers must send a key of a usage plan in x-api-key." checked={value.apiKeyRequired} disabled={readOnly} onCheckedChange={(apiKeyRequired) => onChange({ ...value, apiKeyRequired })} />
      </EditorSection>
      <EditorSection title="Operation">
        <Field label="Operation name" optional hint="Names the method in generated SDKs, e.g. ListPets." className="max-w-sm" errors={errors.operationName}>
          {(control) => <Input {...control} value={value.operationName} readOnly={readOnly} onChange={(event) => onChange({ ...value, operationName: event.target.value })} />}
        </Field>
      </EditorSection>
      <EditorSection title="Request parameters" hint="Declared parameters can be mapped to the backend and checked by a validator.">
        <RequestParametersTable value={value.requestParameters} readOnly={readOnly} onChange={(requestParameters) => onChange({ ...value, requestParameters })} />
      </EditorSection>
      <EditorSection title="Request validation and models">
        <Field label="Request validator" className="max-w-sm" errors={errors.requestValidatorId}>
          {(control) => (
            <Select {...control} value={value.requestValidatorId ?? noneValue} disabled={readOnly} options={validatorOptions} onValueChange={(id) => onChange({ ...value, requestValidatorId: id === noneValue ? null : id })} />
          )}
        </Field>
        <ContentTypeModels label="Request model" value={value.requestModels} models={pickers.models} readOnly={readOnly} onChange={(requestModels) => onChange({ ...value, requestModels })} />
      </EditorSection>
    </div>
  );
}

function validatorMeaning(validator: { validateBody: boolean; validateParameters: boolean }): string {
  if (validator.validateBody && validator.validateParameters) return "Validates body and parameters";
  if (validator.validateBody) return "Validates the body";
  if (validator.validateParameters) return "Validates parameters";
  return "Validates nothing";
}

function splitScopes(text: string): string[] {
  return [...new Set(text.split(",").map((scope) => scope.trim()).filter(Boolean))];
}
