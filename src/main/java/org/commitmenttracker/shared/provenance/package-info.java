/** Where a fact comes from and when it happened in the world: the provenance every recorded fact carries. */
package org.commitmenttracker.shared.provenance;
