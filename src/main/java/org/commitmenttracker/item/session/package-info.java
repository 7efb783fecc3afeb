/**
 * Sessions as monitors read them: who took part and chaired, what was introduced, which earlier
 * items were followed up, what stayed open after the session and what closed since the previous one.
 */
package org.commitmenttracker.item.session;
