// The URL's record id is read by a pure core module (utils/core/url-record.ts), which the database layer also uses
// to recognise a stored customer by the URL it was seen at (docs/adapters.md, "Record identity").
export { recordFromUrl, type UrlRecord } from '../core/url-record';
