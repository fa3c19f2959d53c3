import { roles, type Role } from "@/lib/auth/roles";

const descriptions: Record<Role, string> = {
  viewer: "Reads APIs, stages and dashboards.",
  editor: "Also creates, changes and deletes APIs.",
  deployer: "Also deploys to stages, including protected ones.",
  admin: "Also manages users, environments and the audit log.",
};

export const roleOptions = roles.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1), description: descriptions[role] }));
