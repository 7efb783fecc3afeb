/** Sessions of a body: when and where they were held, who took part, and who chaired. */
package org.commitmenttracker.register.session;
