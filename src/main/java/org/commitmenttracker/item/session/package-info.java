/**
 * Sessions as monitors read them: who took part and chaired, what was introduced, which earlier items were followed up,
 * what stayed open after the session and what closed since the previous one.
 */
@NamedInterface("session")
package org.commitmenttracker.item.session;

import org.springframework.modulith.NamedInterface;
