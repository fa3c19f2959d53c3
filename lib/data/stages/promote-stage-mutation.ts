"use client";

import { promoteStageAction } from "@/lib/actions/stages/promote-stage";
import { useStageMutation } from "./stage-mutation";

export const usePromoteStageMutation = () => useStageMutation(promoteStageAction);
