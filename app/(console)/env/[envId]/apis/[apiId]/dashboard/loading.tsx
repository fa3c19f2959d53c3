import { DashboardSkeleton } from "@/components/dashboards/dashboard-skeleton";

export default function ApiDashboardLoading() {
  return <DashboardSkeleton />;
}
