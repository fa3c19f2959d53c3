import "server-only";

/** AWS's maximum page size for API Gateway lists: one call per 500 items. */
export const maxPageSize = 500;

/** Reads every page of an API Gateway list; a position that does not move stops the loop rather than hanging the page. */
export async function allPages<Item, Out>(fetchPage: (position: string | undefined) => Promise<{ items?: Item[]; position?: string }>, shape: (item: Item) => Out): Promise<Out[]> {
  const all: Out[] = [];
  let position: string | undefined;
  do {
    const page = await fetchPage(position);
    all.push(...(page.items ?? []).map(shape));
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return all;
}
