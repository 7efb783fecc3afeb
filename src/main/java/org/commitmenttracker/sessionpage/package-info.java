/** The session pages: sessions by body and date, and one session with its participants, handover and items. */
package org.commitmenttracker.sessionpage;
