// AWS answers Get, Update and Put of an untagged REST API, and Get and Update of a VPC link, with `tags: {}`
// (recorded 2023-2025), while the Create call and the list operations leave the member out. GetStage and UpdateStage leave it out too (recorded
// 2025), so stages are not shown through here. API keys, usage plans, domain names and client certificates
// follow the REST API's answer (issue 15's recordings; no public recording of those four was found).

/** The entity with `tags: {}` when it carries no tags, as AWS's Get and Update answers show it. */
export function withTagsShown<T extends { readonly tags?: Readonly<Record<string, string>> }>(entity: T): T {
  return entity.tags ? entity : { ...entity, tags: {} };
}
