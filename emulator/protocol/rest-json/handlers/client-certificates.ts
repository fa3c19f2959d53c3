import type { RestHandlers } from "../rest-request";
import { withTagsShown } from "../../../control-plane/apigateway/tags-shown";
import { optionalString, optionalStringMap, paginate, patchOperations } from "../input";
import {
  deleteClientCertificate,
  generateClientCertificate,
  getClientCertificates,
  requireClientCertificate,
  updateClientCertificate,
} from "../../../control-plane/apigateway/client-certificates";

export const clientCertificatesHandlers: RestHandlers = {
  GenerateClientCertificate: (request, ctx) =>
    generateClientCertificate(ctx, { description: optionalString(request, "description"), tags: optionalStringMap(request, "tags") }),
  GetClientCertificate: (request, ctx) => withTagsShown(requireClientCertificate(ctx, request.params.clientcertificate_id!)),
  GetClientCertificates: (request, ctx) => paginate(request, getClientCertificates(ctx)),
  UpdateClientCertificate: (request, ctx) => withTagsShown(updateClientCertificate(ctx, request.params.clientcertificate_id!, patchOperations(request))),
  DeleteClientCertificate: (request, ctx) => deleteClientCertificate(ctx, request.params.clientcertificate_id!),
};
