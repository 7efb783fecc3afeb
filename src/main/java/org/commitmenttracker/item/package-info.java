/**
 * Decisions, proposals and pledges: one aggregate for all three kinds, so follow-ups, assessments,
 * links and corrections are written once, while each kind keeps its own lifecycle.
 */
package org.commitmenttracker.item;
