/** Events told in words, for the audit log and item histories: one exhaustive switch per sealed event type. */
@NamedInterface("narrative")
package org.commitmenttracker.item.narrative;

import org.springframework.modulith.NamedInterface;
