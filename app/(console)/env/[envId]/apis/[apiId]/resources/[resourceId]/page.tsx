// The same designer as /resources: the page client reads the selected resource from the URL, so a reload or a
// shared link shows this resource selected, and in-page selection needs no server round trip.
export { default, generateMetadata } from "../page";
