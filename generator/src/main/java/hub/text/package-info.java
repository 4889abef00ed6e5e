/**
 * Small text helpers every package may use (JDK only, no other hub package): HTML and XML escaping,
 * slugs, JSON string literals and base URLs. Each existed as several copies that had drifted apart;
 * one implementation here keeps the site's URLs, pages and index files consistent.
 */
package hub.text;
