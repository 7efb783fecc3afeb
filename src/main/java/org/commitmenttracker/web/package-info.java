/**
 * What every web page and endpoint shares: the layout's model, page parameters, charts, ETags, the language switch;
 * {@code problem} turns refusals into RFC 9457 problem+json or HTML error pages. It knows no feature module.
 */
@ApplicationModule(displayName = "Web")
package org.commitmenttracker.web;

import org.springframework.modulith.ApplicationModule;
