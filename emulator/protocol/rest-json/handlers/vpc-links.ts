import type { RestHandlers } from "../rest-request";
import { optionalString, optionalStringList, optionalStringMap, paginate, patchOperations, requiredString } from "../input";
import { createVpcLink, deleteVpcLink, getVpcLink, getVpcLinks, updateVpcLink } from "../../../control-plane/apigateway/vpc-links";

export const vpcLinksHandlers: RestHandlers = {
  CreateVpcLink: (request, ctx) =>
    createVpcLink(ctx, {
      name: requiredString(request, "name"),
      description: optionalString(request, "description"),
      targetArns: optionalStringList(request, "targetArns"),
      tags: optionalStringMap(request, "tags"),
    }),
  GetVpcLink: (request, ctx) => getVpcLink(ctx, request.params.vpclink_id!),
  GetVpcLinks: (request, ctx) => paginate(request, getVpcLinks(ctx)),
  UpdateVpcLink: (request, ctx) => updateVpcLink(ctx, request.params.vpclink_id!, patchOperations(request)),
  DeleteVpcLink: (request, ctx) => deleteVpcLink(ctx, request.params.vpclink_id!),
};
