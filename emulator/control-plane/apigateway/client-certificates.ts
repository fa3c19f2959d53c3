// Client certificates API Gateway presents to HTTP backends. The sandbox makes PEM-shaped certificates; it never
// does TLS with them.
import { randomBytes } from "node:crypto";
import { limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { epochSeconds, type OpContext } from "../op-context";
import { newId } from "../ids";
import { applyPatch, type PatchRules } from "./patch";
import { tables } from "./tables";
import { createdTags } from "./tags";

export interface ClientCertificate {
  clientCertificateId: string;
  description?: string;
  pemEncodedCertificate: string;
  createdDate: number;
  expirationDate: number;
  tags?: Record<string, string>;
}

const VALIDITY_SECONDS = 365 * 24 * 60 * 60;

const certificates = (ctx: OpContext) => ctx.state.table<ClientCertificate>(tables.clientCertificates);

export function requireClientCertificate(ctx: OpContext, id: string): ClientCertificate {
  const certificate = certificates(ctx).get("", id);
  if (!certificate) throw notFound("Invalid Client Certificate identifier specified");
  return certificate;
}

/** Base64 body wrapped at 64 columns between PEM armour, the shape tools expect. */
function pemLookalike(): string {
  const body = randomBytes(768).toString("base64").replace(/.{64}/g, "$&\n").trimEnd();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
}

export function generateClientCertificate(ctx: OpContext, input: { description?: string; tags?: Record<string, string> }): ClientCertificate {
  if (certificates(ctx).count("") >= ctx.config.quotas.clientCertificatesPerRegion) {
    throw limitExceeded(`You have reached the limit of ${ctx.config.quotas.clientCertificatesPerRegion} client certificates in this region`);
  }
  let id = newId(6);
  while (certificates(ctx).has("", id)) id = newId(6);
  const createdDate = epochSeconds(ctx.now);
  const certificate: ClientCertificate = {
    clientCertificateId: id,
    description: input.description,
    pemEncodedCertificate: pemLookalike(),
    createdDate,
    expirationDate: createdDate + VALIDITY_SECONDS,
    tags: createdTags(input.tags),
  };
  return certificates(ctx).put("", id, certificate);
}

export function getClientCertificates(ctx: OpContext): readonly ClientCertificate[] {
  return certificates(ctx).list("");
}

const certificatePatchRules: PatchRules<ClientCertificate> = {
  "/description": { ops: ["replace"], apply: (certificate, value) => ({ ...certificate, description: value || undefined }) },
};

export function updateClientCertificate(ctx: OpContext, id: string, operations: PatchOperation[]): ClientCertificate {
  const updated = applyPatch(requireClientCertificate(ctx, id), operations, certificatePatchRules);
  return certificates(ctx).put("", id, updated);
}

export function deleteClientCertificate(ctx: OpContext, id: string): void {
  requireClientCertificate(ctx, id);
  certificates(ctx).delete("", id);
}
