"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Boxes, ChartLine, CircleDollarSign, Gauge, Globe, Network, ScrollText, ShieldCheck, Users } from "lucide-react";
import { cn } from "@/components/ui/class-names";

export type NavItem = { href: string; label: string; icon: React.ReactNode; match: string };

export function navItems(envId: string, isAdmin: boolean): { main: NavItem[]; admin: NavItem[] } {
  const main: NavItem[] = [
    { href: `/env/${envId}/apis`, label: "APIs", icon: <Boxes aria-hidden />, match: `/env/${envId}/apis` },
    { href: `/env/${envId}/dashboards`, label: "Dashboards", icon: <ChartLine aria-hidden />, match: `/env/${envId}/dashboards` },
    { href: `/env/${envId}/cost`, label: "Cost", icon: <CircleDollarSign aria-hidden />, match: `/env/${envId}/cost` },
    { href: `/env/${envId}/advisor`, label: "Advisor", icon: <ShieldCheck aria-hidden />, match: `/env/${envId}/advisor` },
    { href: `/env/${envId}/usage-plans`, label: "Usage plans & keys", icon: <Gauge aria-hidden />, match: `/env/${envId}/usage-plans` },
    { href: `/env/${envId}/domains`, label: "Custom domains", icon: <Globe aria-hidden />, match: `/env/${envId}/domains` },
  ];
  if (!isAdmin) return { main, admin: [] };
  main.push({ href: "/audit", label: "Audit log", icon: <ScrollText aria-hidden />, match: "/audit" });
  return {
    main,
    admin: [
      { href: "/admin/environments", label: "Environments", icon: <Network aria-hidden />, match: "/admin/environments" },
      { href: "/admin/users", label: "Users", icon: <Users aria-hidden />, match: "/admin/users" },
    ],
  };
}

export function SideNav({ envId, isAdmin }: { envId: string; isAdmin: boolean }) {
  const pathname = usePathname();
  const { main, admin } = navItems(envId, isAdmin);
  return (
    <nav aria-label="Main" className="flex flex-col gap-5 px-2 py-3">
      <NavGroup items={main} pathname={pathname} />
      {admin.length > 0 ? <NavGroup title="Admin" items={admin} pathname={pathname} /> : null}
    </nav>
  );
}

function NavGroup({ title, items, pathname }: { title?: string; items: NavItem[]; pathname: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      {title ? <h2 className="px-2 pb-1 text-[11px] font-medium uppercase tracking-wide text-subtle-foreground">{title}</h2> : null}
      <ul className="flex flex-col gap-0.5">
        {items.map((item) => {
          const current = pathname === item.match || pathname.startsWith(`${item.match}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex h-8 items-center gap-2 rounded-md px-2 text-[13px] [&_svg]:size-4 [&_svg]:shrink-0",
                  current ? "bg-hover font-medium text-foreground" : "text-muted-foreground hover:bg-hover hover:text-foreground",
                )}
              >
                {item.icon}
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
