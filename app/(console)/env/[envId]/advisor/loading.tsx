import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function EnvironmentAdvisorLoading() {
  return <ListPageSkeleton columns={4} withFilter />;
}
