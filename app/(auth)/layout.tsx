import { ProductMark } from "@/components/shell/product-mark";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center bg-surface px-4 pt-[14vh]">
      <div className="mb-6 flex items-center gap-2">
        <ProductMark className="size-6" />
        <span className="text-[16px] font-semibold tracking-tight">Archway</span>
      </div>
      <div className="w-full max-w-sm rounded-lg border border-border bg-surface-raised p-6 shadow-sm">{children}</div>
    </main>
  );
}
