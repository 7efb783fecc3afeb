/** The names of parties and bodies in the reader's language, for pages that show codes. */
@NamedInterface("names")
package org.commitmenttracker.register.names;

import org.springframework.modulith.NamedInterface;
