/** Read model of sessions, parties and bodies: who met when, who chaired, who the parties are. */
package org.commitmenttracker.register.query;
