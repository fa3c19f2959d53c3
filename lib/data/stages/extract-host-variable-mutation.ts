"use client";

import { extractHostVariableAction } from "@/lib/actions/stages/extract-host-variable";
import { extractHostVariableSchema } from "@/lib/actions/stages/stage-schemas";
import { useStageMutation } from "./stage-mutation";

export const useExtractHostVariableMutation = (onSuccess?: () => void) => useStageMutation(extractHostVariableSchema, extractHostVariableAction, onSuccess);
