import { DashboardSkeleton } from "@/components/dashboards/dashboard-skeleton";

export default function DashboardsLoading() {
  return <DashboardSkeleton />;
}
