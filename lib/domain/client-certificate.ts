// Client certificates API Gateway presents to HTTP backends, as a stage's Settings tab offers them.

export type ClientCertificateSummary = { id: string; description: string | null; expirationDate: string | null };

const dayMs = 24 * 60 * 60 * 1000;

/** "expires 3 Dec 2027 (in 365 days)", "expired 2 days ago", or "no expiry date" when AWS gives none. */
export function certificateExpiry(certificate: ClientCertificateSummary, now: Date): { text: string; expired: boolean } {
  if (!certificate.expirationDate) return { text: "no expiry date", expired: false };
  const expires = new Date(certificate.expirationDate);
  const date = expires.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const days = Math.round((expires.getTime() - now.getTime()) / dayMs);
  if (days < 0) return { text: `expired ${date} (${-days} day${days === -1 ? "" : "s"} ago)`, expired: true };
  return { text: `expires ${date} (in ${days} day${days === 1 ? "" : "s"})`, expired: false };
}
