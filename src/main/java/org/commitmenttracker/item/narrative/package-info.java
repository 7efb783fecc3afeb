/** Events told in words, for the audit log and item histories: one exhaustive switch per sealed event type. */
package org.commitmenttracker.item.narrative;
