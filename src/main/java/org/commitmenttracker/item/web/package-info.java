/**
 * The item and session pages and the read endpoints of the item module: the filtered, paged item list, one item with
 * its timeline, evidence and history, and sessions with their items.
 */
package org.commitmenttracker.item.web;
