// A small CSV reader for API key files: commas between fields, fields optionally quoted with
// double or single quotes (AWS's key file format allows both), "" inside quotes for a quote.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (line.trim() === "") continue;
    rows.push(parseLine(line));
  }
  return rows;
}

function parseLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    const quote = line[i] === '"' || line[i] === "'" ? line[i] : undefined;
    let field = "";
    if (quote) {
      i++;
      while (i < line.length) {
        if (line[i] === quote && line[i + 1] === quote) {
          field += quote;
          i += 2;
        } else if (line[i] === quote) {
          i++;
          break;
        } else {
          field += line[i++];
        }
      }
      while (i < line.length && line[i] !== ",") i++;
    } else {
      const comma = line.indexOf(",", i);
      const end = comma < 0 ? line.length : comma;
      field = line.slice(i, end);
      i = end;
    }
    fields.push(quote ? field : field.trim());
    i++;
  }
  return fields;
}
