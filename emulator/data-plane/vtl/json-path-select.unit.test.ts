import { JSONPath } from "jsonpath-plus";
import { describe, expect, it } from "vitest";
import { selectJsonPath } from "./json-path-select";

/** The previous implementation: every path through jsonpath-plus. */
function previousSelect(document: unknown, path: string): unknown {
  const results = JSONPath({ path: path || "$", json: document as object, wrap: true }) as unknown[];
  return results.length === 1 && !/[*]|\.\.|\[\?/.test(path) ? results[0] : results.length === 0 ? undefined : results;
}

// JSON texts, as bodies arrive: an own "__proto__" key exists only through JSON.parse.
// JSON texts, as bodies arrive: an own "__proto__" key exists only through JSON.parse.
const DOCUMENTS: string[] = [
  "{}",
  '{"pet": {"name": "Rex", "legs": 4, "tags": ["a", "b"], "owner": null, "vaccinated": false, "weight": 0, "nick": ""}}',
  '{"pets": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], "total": 2}',
  '{"$": 1, "a": {"$": 2, "b": {"c": {"d": "deep"}}}}',
  '{"__proto__": {"polluted": true}, "constructor": {"name": "x"}, "prototype": 1, "length": 3}',
  '{"a": "text", "b": [1, 2, 3], "c": {"length": 7}}',
  "[1, 2, 3]",
  '[{"a": 1}]',
  '"a string"',
  "42",
  "0",
  "null",
  "false",
];

const PATHS = [
  "", "$", "$.pet", "$.pet.name", "$.pet.legs", "$.pet.tags", "$.pet.owner", "$.pet.owner.name", "$.pet.vaccinated",
  "$.pet.weight", "$.pet.nick", "$.missing", "$.missing.deeper", "$.pets", "$.pets[0].id", "$.pets[*].id", "$..id",
  "$.total", "$.a.b.c.d", "$.a.$", "$.__proto__", "$.__proto__.polluted", "$.constructor.name", "$.prototype",
  "$.length", "$.a.length", "$.b.length", "$.c.length", "$.pets.length", "$.pet.tags.length", "$.a.b", "$['pet']['name']",
  "$.pets[?(@.id > 1)].name", "$.*", "$._under_score", "$.pet.name.length",
];

// A falsy document makes jsonpath-plus answer nothing, which the previous code then failed on: the same failure is kept.
const outcome = (select: () => unknown) => {
  try {
    return { value: select() };
  } catch (error) {
    return { error: String(error) };
  }
};

describe("selectJsonPath", () => {
  it("answers exactly as jsonpath-plus did for every document and path", () => {
    for (const document of DOCUMENTS) {
      for (const path of PATHS) {
        const now = outcome(() => selectJsonPath(JSON.parse(document), path));
        expect({ document, path, ...now }).toEqual({ document, path, ...outcome(() => previousSelect(JSON.parse(document), path)) });
      }
    }
  });

  it("returns the document's own objects, as $input.path hands them to the template", () => {
    const document = { pet: { tags: ["a"] } };
    expect(selectJsonPath(document, "$.pet.tags")).toBe(document.pet.tags);
    expect(selectJsonPath(document, "$")).toBe(document);
  });
});
