/** Bodies that hold sessions (the CSTO Collective Security Council, the G20 ...) and their member parties. */
@NamedInterface("body")
package org.commitmenttracker.register.body;

import org.springframework.modulith.NamedInterface;
