"use client";

import { updateStageProtectionAction } from "@/lib/actions/stages/update-stage-protection";
import { useStageMutation } from "./stage-mutation";

export const useUpdateStageProtectionMutation = () => useStageMutation(updateStageProtectionAction);
