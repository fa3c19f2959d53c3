// The parts of a request's URL the services read. Building a WHATWG URL costs about a tenth of a MOCK request's
// whole CPU time (measured with bench/data-plane-throughput.ts), so a request-target already in the form the URL
// parser would give it is split by hand; anything else goes through URL, and both give the same answers.
import { boundedMemo } from "./bounded-memo";

/** What services read of a request's URL: a URL satisfies it. */
export type RequestUrl = Pick<URL, "pathname" | "search" | "searchParams" | "hostname">;

/** Characters the URL parser leaves as they are in a path ('%' too, but not a percent-encoded dot). */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;
/** Dot segments ("/.", "/..", and their percent-encoded forms) are resolved by the parser. */
const DOT_SEGMENT = /\/\.|%2e/i;
/** Characters the parser leaves as they are in a query (no quote, space, '#', '<', '>' or controls). */
const PLAIN_QUERY = /^[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*$/;
/**
 * A lower-case host name whose last label has a letter (one of digits or 0x... is an IPv4 number the parser
 * rewrites), or a dotted-quad IPv4 address, with an optional port: its hostname is itself without the port.
 * Punycode labels (xn--) are left to the parser, which checks them.
 */
const PLAIN_HOST = /^((?:[a-z0-9-]+\.)*(?!0x)[a-z0-9-]*[a-z][a-z0-9-]*|(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(?::\d{1,5})?$/;

class SplitRequestUrl implements RequestUrl {
  private params: URLSearchParams | undefined;

  constructor(
    readonly pathname: string,
    readonly search: string,
    readonly hostname: string,
  ) {}

  /** Built on first read: most requests have no query string to read. */
  get searchParams(): URLSearchParams {
    return (this.params ??= new URLSearchParams(this.search));
  }
}

/** The URL of a request with this request-target and Host header, as `new URL(target, "http://" + host)` reads it. */
export function requestUrl(target: string, host: string): RequestUrl {
  const mark = target.indexOf("?");
  const path = mark < 0 ? target : target.slice(0, mark);
  const query = mark < 0 ? "" : target.slice(mark + 1);
  const hostname = plainHostname(host);
  const plain = hostname !== undefined && PLAIN_PATH.test(path) && !path.startsWith("//") && !DOT_SEGMENT.test(path) && PLAIN_QUERY.test(query);
  if (!plain) return new URL(target, `http://${host}`);
  // "?" alone is an empty query, which URL reports as no search at all.
  return new SplitRequestUrl(path, query === "" ? "" : `?${query}`, hostname);
}

/**
 * The hostname of a Host header in the plain form PLAIN_HOST describes; undefined for any other form. Remembered:
 * clients send the same few Host headers again and again.
 */
const plainHostname = boundedMemo(1_000, (host): string | undefined => (host.includes("xn--") ? undefined : PLAIN_HOST.exec(host)?.[1]));
