/** How refusals reach clients: RFC 9457 problem+json naming the field and the reason, never a stack trace. */
@NamedInterface("problem")
package org.commitmenttracker.web.problem;

import org.springframework.modulith.NamedInterface;
