"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { RefreshCw } from "lucide-react";
import { toast } from "sonner";
import { refreshPricesAction } from "@/lib/actions/cost/refresh-prices";
import { ActionFailure, callAction } from "@/lib/data/action-failure";
import { Button } from "@/components/ui/button";

/** Fetches the region's prices from the AWS Price List API (AWS environments only). */
export function RefreshPricesButton({ envId }: { envId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const refresh = () =>
    startTransition(async () => {
      try {
        const result = await callAction(refreshPricesAction, { envId });
        toast.success(`Prices for ${result.region} refreshed from AWS: ${result.updated.join(", ")}.`);
        router.refresh();
      } catch (error) {
        toast.error(error instanceof ActionFailure ? error.message : "The prices could not be refreshed.");
      }
    });
  return (
    <Button onClick={refresh} pending={pending}>
      <RefreshCw aria-hidden /> Refresh prices from AWS
    </Button>
  );
}
