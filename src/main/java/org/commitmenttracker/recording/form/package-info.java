/**
 * Web forms for every command: they post to the same command path as the API and show its refusals beside the fields.
 */
package org.commitmenttracker.recording.form;
