import type { RestHandlers } from "../rest-request";
import { optionalStringMap } from "../input";
import { AwsError } from "../../aws-error";
import { getTags, tagResource, untagResource } from "../../../control-plane/apigateway/tags";

export const tagsHandlers: RestHandlers = {
  GetTags: (request, ctx) => getTags(ctx, request.params.resource_arn!),
  TagResource: (request, ctx) => {
    const tags = optionalStringMap(request, "tags");
    if (tags === undefined) throw new AwsError("ValidationException", "1 validation error detected: Value null at 'tagResourceInput.tags' failed to satisfy constraint: Member must not be null");
    return tagResource(ctx, request.params.resource_arn!, tags);
  },
  UntagResource: (request, ctx) => untagResource(ctx, request.params.resource_arn!, request.query.getAll("tagKeys")),
};
