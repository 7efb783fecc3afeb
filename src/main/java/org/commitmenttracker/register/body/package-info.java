/** Bodies that hold sessions (the CSTO Collective Security Council, the G20 ...) and their member parties. */
package org.commitmenttracker.register.body;
