/** The one check of a requested page and page size, shared by every paged read, so all answer the same problem. */
package org.commitmenttracker.shared.paging;
