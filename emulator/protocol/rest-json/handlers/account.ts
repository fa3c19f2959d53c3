import type { RestHandlers } from "../rest-request";
import { patchOperations } from "../input";
import { getAccount, updateAccount } from "../../../control-plane/apigateway/account";

export const accountHandlers: RestHandlers = {
  GetAccount: (_request, ctx) => getAccount(ctx),
  UpdateAccount: (request, ctx) => updateAccount(ctx, patchOperations(request)),
};
