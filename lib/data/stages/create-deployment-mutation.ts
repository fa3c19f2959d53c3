"use client";

import { createDeploymentAction } from "@/lib/actions/deployments/create-deployment";
import { createDeploymentSchema } from "@/lib/actions/deployments/deployment-schemas";
import { useStageMutation } from "./stage-mutation";

/** Deploys the working copy to a stage; the outcome lists each step, even when only some were applied. */
export const useCreateDeploymentMutation = (onSuccess?: () => void) => useStageMutation(createDeploymentSchema, createDeploymentAction, onSuccess);
