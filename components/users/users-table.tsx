import type { UserSummary } from "@/lib/auth/users";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { UserRoleSelect } from "./user-role-select";

export function UsersTable({ users, currentUserId }: { users: readonly UserSummary[]; currentUserId: string }) {
  return (
    <Table label="Users">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Added</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell className="font-medium">
              {user.name} {user.id === currentUserId ? <Badge className="ml-1">You</Badge> : null}
            </TableCell>
            <TableCell className="text-muted-foreground">{user.email}</TableCell>
            <TableCell>
              {/* Changing your own role could lock the last admin out; another admin does it. */}
              {user.id === currentUserId ? <span className="capitalize">{user.role}</span> : <UserRoleSelect user={user} />}
            </TableCell>
            <TableCell>
              <RelativeTime iso={user.createdAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
