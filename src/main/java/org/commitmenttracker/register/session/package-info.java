/** Sessions of a body: when and where they were held, who took part, and who chaired. */
@NamedInterface("session")
package org.commitmenttracker.register.session;

import org.springframework.modulith.NamedInterface;
