/** The directory's read endpoints: parties, bodies and their members. */
package org.commitmenttracker.register.web;
