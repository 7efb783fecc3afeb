/** The watchlist's endpoints (under /api/me) and its page with the follow buttons other pages include. */
package org.commitmenttracker.watch.web;
