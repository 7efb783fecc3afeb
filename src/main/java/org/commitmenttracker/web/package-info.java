/** What every web page shares: the layout's model, the language switch and the HTML error pages. */
package org.commitmenttracker.web;
