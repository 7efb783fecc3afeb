/** The item pages: the filtered, paged item list with exports, and one item with its timeline, evidence and history. */
package org.commitmenttracker.item.web;
